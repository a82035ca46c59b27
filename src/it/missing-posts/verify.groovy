def log = new File(basedir, 'build.log').text
def posts = new File(basedir, '_posts').absolutePath

assert log.contains("The posts directory ${posts} does not exist")
assert log.contains('postsDirectory')
assert !log.contains('\tat ')
