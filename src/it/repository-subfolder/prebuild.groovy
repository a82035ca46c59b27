// The repository's root: what a clone has, a .git folder (the outer build's own clone is further up).
new File(basedir, '.git').mkdirs()
return true
