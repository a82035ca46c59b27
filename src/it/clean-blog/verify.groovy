def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] 0 errors and 1 warning in 1 of 1 post')
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat ')
