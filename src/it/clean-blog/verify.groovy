def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] 0 errors and 0 warnings in 0 of 1 post')
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat ')
