// A misspelt key in .digest-lint.yml stops the build with the file, line, column and key.
def log = new File(basedir, 'build.log').text

assert log.contains("Invalid digest-lint configuration: .digest-lint.yml:3:5: unknown key 'sevrity' in rules.title-quotes (did you mean 'severity'?); expected severity, since, until")
assert !log.contains('\tat ')
