package io.github.digestlint.rule;

/** What part of a post a rule looks at; groups the rules in the documentation. */
public enum Concern {
    FILE("File"),
    FRONT_MATTER("Front matter"),
    ENTRIES("Entries"),
    LINKS("Links"),
    SECTIONS("Sections"),
    CONTENT("Content"),
    RENDERING("Rendering"),
    ACROSS_POSTS("Across posts");

    private final String title;

    Concern(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
