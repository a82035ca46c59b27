# Sourced by compare.sh and memory.sh: writes the pom.xml of a generated blog, which runs the
# digest-lint plugin of the given version.
# Usage: write_blog_pom <blog folder> <digest-lint version>
write_blog_pom() {
  cat >"$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.blog</groupId>
  <artifactId>blog</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.digestlint</groupId>
        <artifactId>digest-lint-maven-plugin</artifactId>
        <version>$2</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
}
