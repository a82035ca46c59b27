// digest-lint:help answers as every Maven plugin does, from the mojos' own documentation, and Maven's
// plugin validation finds nothing to report about the plugin or the way a blog configures it.
String log = new File(basedir, 'build.log').getText('UTF-8')

// 1. mvn digest-lint:help lists the goals.
assert log.contains("""[INFO] digest-lint Maven plugin ${pluginVersion}
  Runs digest-lint in a blog's Maven build.

This plugin has 7 goals:

digest-lint:baseline
  Writes the posts' current findings to a baseline file for the blog to commit,
  so that check fails only on findings that are not in it: the way to adopt
  digest-lint on a blog with old posts. Run it again to drop the findings that
  no longer occur. It never fails the build on findings. In a build of several
  modules, each module gets its own baseline.

digest-lint:baseline-folder
  Writes the baseline of a blog that is not a Maven project: run by its full
  name in the blog's folder, it writes .digest-lint-baseline.json there as
  baseline does, which check-folder reads. It is a goal of its own because Maven
  runs a goal that needs no POM once per build, never once per module; in a
  Maven project, use baseline.

digest-lint:check
  Checks the posts and fails the build on findings at or above failOnSeverity.
  In a build of several modules, each module is checked with its own
  configuration, and a module without a _posts folder is skipped.

digest-lint:check-folder
  Checks a blog that is not a Maven project: run by its full name in the blog's
  folder, it checks _posts there as check does, and keeps its index and reports
  in ./target/digest-lint. It is a goal of its own because Maven runs a goal
  that needs no POM once per build, never once per module; in a Maven project,
  use check.

digest-lint:fix
  Repairs what can be repaired safely, touching nothing else, and reports what
  remains. It never fails the build on findings; check does that. In a build of
  several modules, each module is repaired with its own configuration.

digest-lint:fix-folder
  Repairs a blog that is not a Maven project: run by its full name in the blog's
  folder, it repairs the posts in _posts there as fix does. It is a goal of its
  own because Maven runs a goal that needs no POM once per build, never once per
  module; in a Maven project, use fix.

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
    baselineFile
      The baseline: findings written by digest-lint:baseline that the check does
      not report and does not fail on. When not set, .digest-lint-baseline.json
      beside the POM (or in the current folder when the goal runs without one)
      is read if it exists; when set, the file must exist.
      User property: digestlint.baselineFile
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
