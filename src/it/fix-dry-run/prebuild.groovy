// Remember every post's bytes, so that verify.groovy can prove the dry run wrote nothing.
def posts = new File(basedir, '_posts')
def copy = new File(basedir, 'target/before')
copy.mkdirs()
posts.eachFile { file -> new File(copy, file.name).bytes = file.bytes }
