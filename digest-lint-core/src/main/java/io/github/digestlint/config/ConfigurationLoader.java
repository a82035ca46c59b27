package io.github.digestlint.config;

import io.github.digestlint.model.ArxivLinkForm;
import io.github.digestlint.model.Days;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.DigestPresets;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.model.Glob;
import io.github.digestlint.model.PaperLink;
import io.github.digestlint.model.PostConventions;
import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.model.YamlSequence;
import io.github.digestlint.model.YamlValue;
import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.parse.YamlReader;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.Renderer;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.RuleOptions;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.EditDistance;
import io.github.digestlint.source.Sha256;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code .digest-lint.yml} into the values a run is handed: the digest kinds and the rules of
 * the rule set it is given, each with its severity and options. Validation is strict: an unknown
 * key, rule id or value is an error that names the file, line, column and key, because a misspelt
 * setting that is silently ignored is worse than none.
 */
public final class ConfigurationLoader {

    /** The file a blog keeps next to its pom. */
    public static final String DEFAULT_FILE = ".digest-lint.yml";

    private static final String ON = "on";
    private static final String SINCE = "since";
    private static final String UNTIL = "until";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[a-z]{2})?");

    private final String file;
    private final byte[] bytes;
    private final SourceText source;
    private final List<Rule> ruleSet;
    private final Configuration defaults;

    private ConfigurationLoader(String file, byte[] bytes, List<? extends Rule> ruleSet) {
        this.file = file;
        this.bytes = bytes;
        this.source = SourceText.decode(bytes);
        this.ruleSet = List.copyOf(ruleSet);
        this.defaults = Configuration.defaults(ruleSet);
    }

    /**
     * Reads the file once: the configuration's digest is that of the bytes it was parsed from.
     *
     * @param displayPath the file as the user knows it, for messages
     * @param ruleSet every rule there is; the file turns them off, sets their severities and options
     */
    public static Configuration load(Path path, String displayPath, List<? extends Rule> ruleSet)
            throws ConfigurationException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the configuration file " + displayPath + ": " + e);
        }
        return parse(displayPath, bytes, ruleSet);
    }

    /** @see #load(Path, String, List) */
    public static Configuration parse(String displayPath, byte[] bytes, List<? extends Rule> ruleSet)
            throws ConfigurationException {
        return new ConfigurationLoader(displayPath, bytes, ruleSet).read();
    }

    private Configuration read() throws ConfigurationException {
        if (source.firstMalformedOffset().isPresent()) {
            throw error(source.firstMalformedOffset().getAsInt(), "the file is not UTF-8 text");
        }
        Optional<YamlValue> root;
        try {
            root = new YamlReader(ParseLimits.DEFAULT).read(source, new Span(0, source.length()));
        } catch (YamlReader.YamlProblem e) {
            throw error(e.offset(), (e.isSyntaxError() ? "not valid YAML: " : "cannot be read: ") + e.getMessage());
        }
        if (root.isEmpty()) {
            return withDigest(defaults);
        }
        YamlMapping top = mapping(root.get(), "the configuration");
        checkKeys(top, "", Set.of("rules", "kinds", "renderer"));
        List<DigestKind> kinds = top.get("kinds").isPresent() ? kinds(top.get("kinds").get())
                : defaults.kinds();
        // "rules:" with nothing under it, as a file starts out, leaves every rule as it is.
        Optional<YamlValue> rulesValue = top.get("rules").filter(value -> !isEmpty(value));
        List<ConfiguredRule> rules = rulesValue.isPresent() ? rules(mapping(rulesValue.get(), "rules"))
                : defaults.rules();
        Renderer renderer = top.get("renderer").isPresent() ? renderer(top.get("renderer").get()) : Renderer.DEFAULT;
        List<ConfiguredRule> rendered = rules.stream()
                .map(rule -> rule.with(rule.rule().withRenderer(renderer))).toList();
        return withDigest(new Configuration(kinds, ParseLimits.DEFAULT, rendered));
    }

    private static boolean isEmpty(YamlValue value) {
        return value instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.NULL;
    }

    private Renderer renderer(YamlValue value) throws ConfigurationException {
        YamlScalar name = scalar(value, "renderer");
        return Renderer.byLabel(name.value()).orElseThrow(() -> error(name.span().start(), "renderer is '"
                + name.value() + "'; expected " + Renderer.labels()));
    }

    private Configuration withDigest(Configuration read) {
        return new Configuration(read.kinds(), read.limits(), read.rules(), Sha256.hex(bytes));
    }

    private List<ConfiguredRule> rules(YamlMapping settings) throws ConfigurationException {
        Map<String, YamlMapping.Pair> byId = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (Rule rule : ruleSet) {
            known.add(rule.metadata().id());
        }
        for (YamlMapping.Pair entry : settings.entries()) {
            String id = name(entry);
            if (!known.contains(id)) {
                throw error(entry.key().span().start(), "rules." + id + " is not a rule that can be configured"
                        + didYouMean(id, known) + "; see docs/rules.md for the rule ids");
            }
            if (byId.put(id, entry) != null) {
                throw error(entry.key().span().start(), "rules." + id + " is configured twice");
            }
        }
        List<ConfiguredRule> rules = new ArrayList<>();
        for (Rule rule : ruleSet) {
            String id = rule.metadata().id();
            YamlMapping.Pair entry = byId.get(id);
            if (entry == null) {
                if (rule.metadata().onByDefault()) {
                    rules.add(ConfiguredRule.byDefault(rule));
                }
                continue;
            }
            YamlValue value = entry.value();
            Optional<YamlScalar> level;
            Rule configured = rule;
            Days days = Days.ALL;
            if (value instanceof YamlMapping options) {
                Set<String> allowed = new HashSet<>(rule.optionNames());
                allowed.addAll(List.of("severity", SINCE, UNTIL));
                checkKeys(options, "rules." + id, allowed);
                days = days(options, "rules." + id, "the rule would check no post");
                level = options.get("severity").isPresent()
                        ? Optional.of(scalar(options.get("severity").get(), "rules." + id + ".severity"))
                        : Optional.empty();
                configured = rule.withOptions(new RuleOptions(file, options, this::where, id));
            } else {
                level = Optional.of(scalar(value, "rules." + id));
            }
            // Naming a rule without a severity turns it on: a rule off by default is turned on so.
            Optional<Severity> severity = level.isPresent() ? severity(level.get(), rule.metadata())
                    : Optional.of(rule.metadata().defaultSeverity());
            if (severity.isPresent()) {
                rules.add(new ConfiguredRule(configured, severity.get(), days));
            }
        }
        return rules;
    }

    /** The days of {@code since} and {@code until}, each written {@code YYYY-MM-DD}. */
    private Days days(YamlMapping options, String key, String whenEmpty) throws ConfigurationException {
        Optional<LocalDate> since = day(options, SINCE, key);
        Optional<LocalDate> until = day(options, UNTIL, key);
        if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
            throw error(options.get(UNTIL).orElseThrow().span().start(), key + ".until is " + until.get()
                    + ", before its since, " + since.get() + ", so " + whenEmpty);
        }
        return new Days(since, until);
    }

    /** A day a rule or kind starts or stops applying from, written {@code YYYY-MM-DD}. */
    private Optional<LocalDate> day(YamlMapping options, String name, String key) throws ConfigurationException {
        if (options.get(name).isEmpty()) {
            return Optional.empty();
        }
        YamlScalar value = scalar(options.get(name).get(), key + "." + name);
        try {
            return Optional.of(LocalDate.parse(value.value()));
        } catch (DateTimeParseException e) {
            throw error(value.span().start(), key + "." + name + " is '" + value.value()
                    + "'; expected a day of the calendar, written YYYY-MM-DD");
        }
    }

    /** The severity a setting gives: empty for {@code off}, the rule's own for {@code on}. */
    private Optional<Severity> severity(YamlScalar level, RuleMetadata rule) throws ConfigurationException {
        // YAML 1.1 reads a plain off as false and on as true; the text as written is what the user meant.
        String text = level.value().toLowerCase(Locale.ROOT);
        if (text.equals(RuleMetadata.OFF)) {
            return Optional.empty();
        }
        if (text.equals(ON)) {
            return Optional.of(rule.defaultSeverity());
        }
        Optional<Severity> severity = Severity.byLabel(text);
        if (severity.isPresent()) {
            return severity;
        }
        throw error(level.span().start(), "rules." + rule.id() + " severity is '" + level.value()
                + "'; expected error, warning, on or off");
    }

    private List<DigestKind> kinds(YamlValue value) throws ConfigurationException {
        if (!(value instanceof YamlSequence list) || list.items().isEmpty()) {
            throw error(value.span().start(), "kinds must be a list of digest kinds, each starting with '- name: ...'");
        }
        List<DigestKind> kinds = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlValue item : list.items()) {
            DigestKind kind = kind(mapping(item, "each of kinds"));
            if (!names.add(kind.name())) {
                throw error(item.span().start(), "kinds: there are two kinds named '" + kind.name() + "'");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private DigestKind kind(YamlMapping settings) throws ConfigurationException {
        checkKeys(settings, "kinds[]", Set.of("name", "preset", "path", "title", "titleFormat", "fileName",
                "entryLevel", "entryStart", "titleIsLink", "links", "body", "language", "sections", "introLabels",
                "arxivLink", "alphaxiv", "requiredKeys", "dateWithTime", "dateMatchesFileName", SINCE, UNTIL));
        YamlValue nameValue = settings.get("name").orElseThrow(() -> error(settings.span().start(),
                "every kind needs a 'name'"));
        String name = text(nameValue, "kinds[].name");
        String key = "kinds." + name;
        Optional<String> presetName = optionalText(settings, "preset", key);
        if (presetName.isPresent() && DigestPresets.named(presetName.get()).isEmpty()) {
            throw error(settings.get("preset").orElseThrow().span().start(), key + ".preset is '" + presetName.get()
                    + "'; expected one of " + String.join(", ", DigestPresets.names()));
        }
        Optional<DigestKind> preset = presetName.or(() -> Optional.of(name)).flatMap(DigestPresets::named);
        DigestKind base = preset.orElse(DigestKind.DAILY_PAPERS);
        Optional<Glob> path = glob(settings, key);
        Optional<String> title = optionalText(settings, "title", key);
        if (path.isEmpty() && title.isEmpty()) {
            if (preset.isEmpty()) {
                throw error(nameValue.span().start(), key + " selects no post; give it 'path', 'title' or both,"
                        + " or a 'preset'");
            }
            path = base.pathGlob();
            title = base.titleGlob();
        }
        String titleFormat = optionalText(settings, "titleFormat", key).orElse(base.titleFormat());
        checkDateFormat(settings, "titleFormat", titleFormat, key);
        Optional<String> fileName = optionalText(settings, "fileName", key).or(base::fileName);
        if (fileName.isPresent()) {
            checkDateFormat(settings, "fileName", fileName.get(), key);
        }
        int entryLevel = base.entryLevel();
        if (settings.get("entryLevel").isPresent()) {
            YamlScalar level = scalar(settings.get("entryLevel").get(), key + ".entryLevel");
            if (!level.value().matches("[1-5]")) {
                throw error(level.span().start(), key + ".entryLevel is '" + level.value() + "'; expected 1 to 5");
            }
            entryLevel = Integer.parseInt(level.value());
        }
        List<String> sections = optionalTexts(settings, "sections", key).orElse(base.sections());
        List<String> introLabels = optionalTexts(settings, "introLabels", key).orElse(base.introLabels());
        ArxivLinkForm arxivLink = settings.get("arxivLink").isPresent()
                ? arxivLink(mapping(settings.get("arxivLink").get(), key + ".arxivLink"), key + ".arxivLink")
                : base.arxivLink();
        Optional<String> alphaxiv = base.alphaxivLanguage();
        if (settings.get("alphaxiv").isPresent()) {
            YamlScalar language = scalar(settings.get("alphaxiv").get(), key + ".alphaxiv");
            if (language.value().equals("none")) {
                alphaxiv = Optional.empty();
            } else if (LANGUAGE.matcher(language.value()).matches()) {
                alphaxiv = Optional.of(language.value());
            } else {
                throw error(language.span().start(), key + ".alphaxiv is '" + language.value()
                        + "'; expected a language code such as ko or en, or none");
            }
        }
        PostConventions conventions = new PostConventions(
                optionalTexts(settings, "requiredKeys", key).orElse(base.conventions().requiredKeys()),
                optionalFlag(settings, "dateWithTime", key).orElse(base.conventions().dateWithTime()),
                optionalFlag(settings, "dateMatchesFileName", key).orElse(base.conventions().dateMatchesFileName()));
        return new DigestKind(name, path, title, titleFormat, entryLevel, sections, introLabels, arxivLink, alphaxiv,
                conventions, entryFormat(settings, key, base.format()), fileName,
                days(settings, key, "the kind would select no post"));
    }

    private EntryFormat entryFormat(YamlMapping settings, String key, EntryFormat base) throws ConfigurationException {
        EntryFormat.Start start = optionalChoice(settings, "entryStart", key, EntryFormat.Start.class)
                .orElse(base.start());
        boolean titleIsLink = optionalFlag(settings, "titleIsLink", key).orElse(base.titleIsLink());
        EntryFormat.Body body = optionalChoice(settings, "body", key, EntryFormat.Body.class).orElse(base.body());
        String language = base.language();
        if (settings.get("language").isPresent()) {
            YamlScalar value = scalar(settings.get("language").get(), key + ".language");
            if (!LANGUAGE.matcher(value.value()).matches()) {
                throw error(value.span().start(), key + ".language is '" + value.value()
                        + "'; expected a language code such as ko, en or zh");
            }
            language = value.value();
        }
        List<PaperLink> links = base.links();
        if (settings.get("links").isPresent()) {
            links = new ArrayList<>();
            YamlValue list = settings.get("links").get();
            if (!(list instanceof YamlSequence sequence)) {
                throw error(list.span().start(), key + ".links must be a list of link lines, each with 'label'"
                        + " and 'url'");
            }
            for (YamlValue item : sequence.items()) {
                links.add(paperLink(mapping(item, key + ".links[]"), key + ".links[]"));
            }
        }
        return new EntryFormat(start, titleIsLink, links, body, language);
    }

    private PaperLink paperLink(YamlMapping settings, String key) throws ConfigurationException {
        checkKeys(settings, key, Set.of("label", "url", "required"));
        String label = text(settings.get("label").orElseThrow(() -> error(settings.span().start(),
                key + " needs a 'label', the link's text")), key + ".label");
        YamlValue urlValue = settings.get("url").orElseThrow(() -> error(settings.span().start(),
                key + " needs a 'url', with " + PaperLink.ID + " where the paper's id goes"));
        String url = text(urlValue, key + ".url");
        boolean required = optionalFlag(settings, "required", key).orElse(true);
        try {
            return new PaperLink(label, url, required);
        } catch (IllegalArgumentException e) {
            throw error(urlValue.span().start(), key + ".url: " + e.getMessage());
        }
    }

    private <E extends Enum<E>> Optional<E> optionalChoice(YamlMapping settings, String name, String key,
            Class<E> choices) throws ConfigurationException {
        if (settings.get(name).isEmpty()) {
            return Optional.empty();
        }
        YamlScalar value = scalar(settings.get(name).get(), key + "." + name);
        for (E choice : choices.getEnumConstants()) {
            if (choice.name().equalsIgnoreCase(value.value())) {
                return Optional.of(choice);
            }
        }
        throw error(value.span().start(), key + "." + name + " is '" + value.value() + "'; expected "
                + Arrays.stream(choices.getEnumConstants()).map(choice -> choice.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(" or ")));
    }

    /** A format must hold the day, and its date patterns must be ones the JDK knows. */
    private void checkDateFormat(YamlMapping settings, String name, String format, String key)
            throws ConfigurationException {
        int place = settings.get(name).map(value -> value.span().start()).orElse(settings.span().start());
        if (!DigestKind.hasDateField(format)) {
            throw error(place, key + "." + name + " must contain " + DigestKind.DATE_PLACEHOLDER
                    + " or {date:pattern}, where the post's day goes");
        }
        try {
            // Any day shows a pattern that cannot be written, such as a time on a date.
            DigestKind.withDate(format, LocalDate.EPOCH.toString());
        } catch (IllegalArgumentException e) {
            throw error(place, key + "." + name + " has a date pattern that is not valid: " + e.getMessage()
                    + "; see DateTimeFormatter, as in {date:EEEE, MMMM d, yyyy}");
        }
    }

    /** The kind's {@code path} pattern; one that is not a pattern is an error at its place. */
    private Optional<Glob> glob(YamlMapping settings, String key) throws ConfigurationException {
        Optional<String> pattern = optionalText(settings, "path", key);
        try {
            return pattern.map(Glob::new);
        } catch (IllegalArgumentException e) {
            throw error(settings.get("path").orElseThrow().span().start(), key + ".path: " + e.getMessage());
        }
    }

    private ArxivLinkForm arxivLink(YamlMapping settings, String key) throws ConfigurationException {
        checkKeys(settings, key, Set.of("scheme", "version"));
        ArxivLinkForm base = DigestKind.DAILY_PAPERS.arxivLink();
        String scheme = base.scheme();
        if (settings.get("scheme").isPresent()) {
            YamlScalar value = scalar(settings.get("scheme").get(), key + ".scheme");
            if (!value.value().equals("https") && !value.value().equals("http")) {
                throw error(value.span().start(), key + ".scheme is '" + value.value() + "'; expected https or http");
            }
            scheme = value.value();
        }
        ArxivLinkForm.Version version = base.version();
        if (settings.get("version").isPresent()) {
            YamlScalar value = scalar(settings.get("version").get(), key + ".version");
            try {
                version = ArxivLinkForm.Version.valueOf(value.value().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(value.span().start(), key + ".version is '" + value.value()
                        + "'; expected forbidden, allowed or required");
            }
        }
        return new ArxivLinkForm(scheme, version);
    }

    private void checkKeys(YamlMapping mapping, String where, Set<String> allowed) throws ConfigurationException {
        for (YamlMapping.Pair entry : mapping.entries()) {
            String name = name(entry);
            if (!allowed.contains(name)) {
                throw error(entry.key().span().start(), "unknown key '" + name + "'" + (where.isEmpty() ? ""
                        : " in " + where) + didYouMean(name, allowed) + "; expected "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String didYouMean(String name, Set<String> known) {
        return EditDistance.closest(name, known).map(meant -> " (did you mean '" + meant + "'?)").orElse("");
    }

    private String name(YamlMapping.Pair entry) throws ConfigurationException {
        return entry.name().orElseThrow(() -> error(entry.key().span().start(), "a key must be plain text"));
    }

    private YamlMapping mapping(YamlValue value, String what) throws ConfigurationException {
        if (value instanceof YamlMapping mapping) {
            return mapping;
        }
        throw error(value.span().start(), what + " must be a set of 'key: value' lines, but it is "
                + value.describe());
    }

    private YamlScalar scalar(YamlValue value, String key) throws ConfigurationException {
        if (value instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL) {
            return scalar;
        }
        throw error(value.span().start(), key + " must be a single value, but it is " + value.describe());
    }

    private String text(YamlValue value, String key) throws ConfigurationException {
        String text = scalar(value, key).value();
        if (text.isBlank()) {
            throw error(value.span().start(), key + " is empty");
        }
        return text;
    }

    private Optional<Boolean> optionalFlag(YamlMapping settings, String name, String key)
            throws ConfigurationException {
        if (settings.get(name).isEmpty()) {
            return Optional.empty();
        }
        YamlScalar value = scalar(settings.get(name).get(), key + "." + name);
        if (value.type() != YamlScalar.Type.BOOLEAN) {
            throw error(value.span().start(), key + "." + name + " is '" + value.value() + "'; expected true or false");
        }
        // YAML 1.1, which the front matter and this file are read with, also says yes, no, on and off.
        return Optional.of(Set.of("true", "yes", "y", "on").contains(value.value().toLowerCase(Locale.ROOT)));
    }

    private Optional<String> optionalText(YamlMapping settings, String name, String key)
            throws ConfigurationException {
        Optional<YamlValue> value = settings.get(name);
        return value.isPresent() ? Optional.of(text(value.get(), key + "." + name)) : Optional.empty();
    }

    private Optional<List<String>> optionalTexts(YamlMapping settings, String name, String key)
            throws ConfigurationException {
        Optional<YamlValue> value = settings.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof YamlSequence list)) {
            throw error(value.get().span().start(), key + "." + name + " must be a list, as in [a, b]");
        }
        List<String> texts = new ArrayList<>();
        for (YamlValue item : list.items()) {
            texts.add(text(item, key + "." + name + "[]"));
        }
        return Optional.of(texts);
    }

    private String where(int offset) {
        return source.position(offset).toString();
    }

    private ConfigurationException error(int offset, String message) {
        return new ConfigurationException(file + ":" + where(offset) + ": " + message);
    }
}
