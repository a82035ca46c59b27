// digest-lint:help answers as every Maven plugin does, from the mojos' own documentation, and Maven's
// plugin validation finds nothing to report about the plugin or the way a blog configures it.
String log = new File(basedir, 'build.log').getText('UTF-8')

// 1. mvn digest-lint:help lists the goals.
assert log.contains("""[INFO] digest-lint Maven plugin ${pluginVersion}
  Runs digest-lint in a blog's Maven build.

This plugin has 3 goals:

digest-lint:check
  Checks the posts and fails the build on findings at or above failOnSeverity.
  Runs without a POM too, so a blog that is not a Maven project can still be
  checked from the command line.

digest-lint:fix
  Repairs what can be repaired safely, touching nothing else, and reports what
  remains. It never fails the build on findings; check does that.

digest-lint:help
  Display help information on digest-lint-maven-plugin.
  Call mvn digest-lint:help -Ddetail=true -Dgoal=<goal-name> to display
  parameter details.
""".toString())

// 2. mvn digest-lint:help -Ddetail -Dgoal=check describes check alone, with each parameter's default
// and user property; what a blog cannot set is not offered.
String detail = log.substring(log.indexOf('  Available parameters:'))
assert log.contains("""[INFO] digest-lint Maven plugin ${pluginVersion}
  Runs digest-lint in a blog's Maven build.

digest-lint:check
  Checks the posts and fails the build on findings at or above failOnSeverity.
""".toString())
assert detail.contains('''
    failOnSeverity (Default: error)
      The least serious finding that fails the build: error, warning or none.
      User property: digestlint.failOnSeverity
''')
assert detail.contains('''
    postsDirectory (Default: ${basedir}/_posts)
''')
assert detail.contains('''
      User property: digestlint.postsDirectory
''')
assert detail.contains('''
    skip (Default: false)
      Skips the goal, for example while drafting posts.
      User property: digestlint.skip
''')
for (String hidden : ['baseDirectory', 'buildDirectory', 'pluginVersion', 'dryRun', 'digest-lint:fix']) {
    assert !detail.substring(0, detail.indexOf('BUILD SUCCESS')).contains(hidden)
}

// 3. The check itself runs with the blog's configuration.
assert log.contains('[INFO] 0 errors and 1 warning in 1 of 1 post')
assert log.count('[INFO] BUILD SUCCESS') == 3

// Maven 3.9 reports any issue it finds with a plugin under a heading such as "Plugin validation issues
// were detected" or, at VERBOSE, "Plugin [INTERNAL, EXTERNAL] validation issues were detected".
assert !(log =~ /Plugin (\[[A-Z, ]+\] )?validation issues/)
assert !log.contains('\tat ')
