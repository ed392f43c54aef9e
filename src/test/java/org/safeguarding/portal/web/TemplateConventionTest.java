package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules style.md promises for templates, held by the build: no copy written into a template (every word a person
 * reads comes from a message bundle, so it can be reworded and translated in one place), no enum constant shown as
 * a label, and every page names itself in its tab title.
 *
 * <p>"Literal copy" is a letter that a person would read and that no expression produced: in a text node (between
 * tags, outside Qute expressions, sections and comments), or in an attribute a browser shows or reads out
 * ({@code alt}, {@code aria-label}, {@code title}, {@code placeholder}, {@code label}, and {@code value} on an
 * {@code input} that is a button). Names, ids, classes, hrefs and form values are code, not copy.
 *
 * <p>GOV.UK components are written once, as the user tags in {@code templates/tags/} (docs/pages.md): a page that
 * writes a form group, a radio or checkbox input, an error summary or the CSRF field itself repeats markup a tag
 * already renders, and would drift from it.
 */
class TemplateConventionTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Qute comments, then innermost expressions and sections, until none is left. */
    private static final Pattern QUTE_COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern QUTE_EXPRESSION = Pattern.compile("\\{([^{}]*)}");
    /** An expression that prints a constant's name: {@code {s.name}}, {@code {c.status.name}}, {@code {x.name()}}. */
    private static final Pattern ENUM_NAME = Pattern.compile("[\\w.]+\\.name(\\(\\))?");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern ENTITY = Pattern.compile("&(#?\\w+);");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> READ_ATTRIBUTES = Set.of("alt", "aria-label", "title", "placeholder", "label");
    private static final Pattern BUTTON_INPUT = Pattern.compile("type\\s*=\\s*[\"'](submit|button|reset)[\"']");

    /** Stands for an expression that printed an enum constant's name (no letters, so it is not copy itself). */
    private static final char ENUM_MARK = '\u0001';
    /** Stands for any other expression. */
    private static final char EXPRESSION_MARK = '\u0002';

    /**
     * Expressions that end in {@code .name} but print data, not a constant: the borough's ward and locality names
     * (reference data, shown as they are spelled locally; the intake's About-you select).
     */
    private static final Set<String> NAMES_THAT_ARE_DATA = Set.of("ward.name", "locality.name");

    /** Where the GOV.UK component tags live: the only templates that write the components' markup. */
    private static final Path TAGS = TEMPLATES.resolve("tags");

    /** Markup a page leaves to a tag, and the tag that writes it. */
    private record Component(Pattern markup, String tag) {
    }

    /** A class (or data-module) name as a whole: govuk-form-group, not govuk-form-group--error. */
    private static Pattern name(String name) {
        return Pattern.compile(Pattern.quote(name) + "(?![\\w-])");
    }

    private static final List<Component> COMPONENTS = List.of(
            new Component(name("govuk-form-group"),
                    "{#govukInput}, {#govukTextarea}, {#govukSelect}, {#govukRadios}, {#govukCheckboxes} or {#govukDateInput}"),
            new Component(name("govuk-radios__input"), "{#govukRadios} (and {#govukRadio} for an item of its own)"),
            new Component(name("govuk-checkboxes__input"),
                    "{#govukCheckboxes} (and {#govukCheckbox} for an item of its own)"),
            new Component(name("govuk-error-summary"), "{#govukErrorSummary}"),
            new Component(Pattern.compile("name\\s*=\\s*[\"']csrf[\"']"), "{#postForm}"));

    @Test
    void noTemplateWritesCopyOrShowsAnEnumConstant() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(problemsIn(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }
        assertEquals(List.of(), problems,
                "put the words in the feature's message bundle and use {intake:…} (or {casework:…}, …; docs/pages.md)");
    }

    @Test
    void everyPageNamesItselfInItsTitle() throws IOException {
        List<String> untitled = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            if (text.contains("{#include layout") && !text.contains("{#title}")) {
                untitled.add(TEMPLATES.relativize(template).toString());
            }
        }
        assertEquals(List.of(), untitled, "each page sets {#title}…{/title} from the layout bundle ({layout:title_…})");
    }

    /** Two pages with one title cannot be told apart in the tab, the history or a screen reader's list of windows. */
    @Test
    void noTwoPagesShareATitle() throws IOException {
        Pattern titleBlock = Pattern.compile("\\{#title}(.*?)\\{/title}", Pattern.DOTALL);
        java.util.Map<String, List<String>> pagesByTitle = new java.util.TreeMap<>();
        for (Path template : templates()) {
            var found = titleBlock.matcher(Files.readString(template));
            if (found.find()) {
                pagesByTitle.computeIfAbsent(found.group(1).strip(), title -> new ArrayList<>())
                        .add(TEMPLATES.relativize(template).toString());
            }
        }
        assertTrue(pagesByTitle.size() >= 20, "titles found: " + pagesByTitle.keySet());
        pagesByTitle.forEach((title, pages) -> assertEquals(1, pages.size(), "one title for several pages: " + title
                + " on " + pages));
        Properties words = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages/layout.properties"))) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        java.util.Map<String, String> keyByWords = new java.util.HashMap<>();
        for (String key : words.stringPropertyNames()) {
            if (key.startsWith("title_")) {
                String other = keyByWords.put(words.getProperty(key), key);
                assertTrue(other == null, key + " and " + other + " read the same: " + words.getProperty(key));
            }
        }
    }

    /**
     * A survivor's tab title shows in the tab, the history and the task switcher, where someone else may see it:
     * nothing in it may say what the service is for.
     */
    @Test
    void survivorTitlesSayNothingAboutWhatTheServiceIsFor() throws IOException {
        Properties titles = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages/layout.properties"))) {
            titles.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern telling = Pattern.compile("abuse|safeguard|exploit|violen|assault|rape|sexual|victim|survivor|harm"
                + "|danger|risk|police|crime|domestic|trafficking|grooming", Pattern.CASE_INSENSITIVE);
        List<String> survivorKeys = titles.stringPropertyNames().stream()
                .filter(key -> key.startsWith("title_survivor_"))
                .sorted().toList();
        assertTrue(survivorKeys.size() >= 10, "survivor titles are keyed title_survivor_…: " + survivorKeys);
        for (String key : survivorKeys) {
            assertTrue(!telling.matcher(titles.getProperty(key)).find(), key + " is not neutral");
        }
    }

    @Test
    void pagesLeaveGovukComponentsToTheTags() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            if (!template.startsWith(TAGS)) {
                problems.addAll(componentsWrittenIn(TEMPLATES.relativize(template).toString(), Files.readString(template)));
            }
        }
        assertEquals(List.of(), problems, "call the GOV.UK component's tag from templates/tags/ (docs/pages.md)");
    }

    @Test
    void theComponentRuleCatchesWhatItIsFor() {
        assertEquals(1, componentsWrittenIn("t", "<div class=\"govuk-form-group\">").size(), "form group");
        assertEquals(1, componentsWrittenIn("t", "<div class=\"govuk-form-group{#if e} govuk-form-group--error{/if}\">")
                .size(), "form group in error");
        assertEquals(1, componentsWrittenIn("t", "<input class=\"govuk-radios__input\" type=\"radio\">").size(), "radio");
        assertEquals(1, componentsWrittenIn("t", "<input class=\"govuk-checkboxes__input\" type=\"checkbox\">").size(),
                "checkbox");
        assertEquals(1, componentsWrittenIn("t", "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\">")
                .size(), "error summary");
        assertEquals(1, componentsWrittenIn("t", "<form method=\"post\" action=\"/x\">\n"
                + "  <input type=\"hidden\" name=\"csrf\" value=\"{inject:page.csrfToken}\">").size(), "CSRF field");
        assertEquals(1, componentsWrittenIn("t", "<input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">").size(),
                "a CSRF field with a token of the page's own");
        assertEquals(List.of("t:3: govuk-radios__input is written by {#govukRadios} (and {#govukRadio} for an item of its"
                + " own)"), componentsWrittenIn("t", "<p>\n</p>\n<input class=\"govuk-radios__input\">"), "reported at its line");
        assertEquals(List.of(), componentsWrittenIn("t", "{! not govuk-form-group: a tag writes it !}<!-- govuk-error-summary -->"
                + "{#postForm action='/x'}{#govukRadios name='a' items=list /}{#govukErrorSummary errors=errors /}{/postForm}"
                + "<div class=\"govuk-radios__divider\"></div><dl class=\"govuk-summary-list\"></dl>"));
    }

    /** Each GOV.UK component's markup a template writes itself, once a line (comments say nothing). */
    static List<String> componentsWrittenIn(String name, String template) {
        String text = blank(HTML_COMMENT, blank(QUTE_COMMENT, template, ""), " ");
        Set<String> problems = new java.util.LinkedHashSet<>();
        for (Component component : COMPONENTS) {
            Matcher written = component.markup().matcher(text);
            while (written.find()) {
                problems.add(at(name, text, written.start()) + ": " + written.group() + " is written by " + component.tag());
            }
        }
        return List.copyOf(problems);
    }

    @Test
    void theRuleCatchesWhatItIsFor() {
        assertEquals(1, problemsIn("t", "<p>{msg:a} Hello</p>").size(), "text node");
        assertEquals(1, problemsIn("t", "<td>{c.status.name}</td>").size(), "enum name");
        assertEquals(1, problemsIn("t", "<img src=\"x\" alt=\"A cat\">").size(), "alt");
        assertEquals(1, problemsIn("t", "<nav aria-label=\"Pages\">").size(), "aria-label");
        assertEquals(1, problemsIn("t", "<input type=\"submit\" value=\"Send\">").size(), "button value");
        assertEquals(1, problemsIn("t", "<option value=\"{s.name}\">{s.name}</option>").size(), "option label");
        assertEquals(List.of(), problemsIn("t", "{! A comment. !}<!-- note --><input type=\"radio\" value=\"yes\""
                + " id=\"to-{s.name}\" class=\"govuk-radios__input\">{#if a > b}{msg:x}{/if} &nbsp;–·→ ({x}) !"));
        assertEquals(List.of(),
                problemsIn("t", "<option>{ward.name}</option><span>{about:area(view.area.name)}</span>"));
    }

    static List<String> problemsIn(String name, String template) {
        // Everything removed keeps its line breaks, so a problem is reported at its line.
        String text = blank(QUTE_COMMENT, template, "");
        String previous;
        do {
            previous = text;
            Matcher expression = QUTE_EXPRESSION.matcher(text);
            StringBuilder replaced = new StringBuilder();
            while (expression.find()) {
                String inside = expression.group(1).trim();
                boolean enumName = ENUM_NAME.matcher(inside).matches() && !NAMES_THAT_ARE_DATA.contains(inside);
                expression.appendReplacement(replaced, Matcher.quoteReplacement((enumName ? ENUM_MARK : EXPRESSION_MARK)
                        + newlinesIn(expression.group())));
            }
            expression.appendTail(replaced);
            text = replaced.toString();
        } while (!text.equals(previous));
        text = blank(HTML_COMMENT, text, " ");
        text = blank(SCRIPT_OR_STYLE, text, " ");
        text = ENTITY.matcher(text).replaceAll(" ");

        List<String> problems = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        int textFrom = 0;
        while (tag.find()) {
            checkText(at(name, text, firstVisible(text, textFrom)), text.substring(textFrom, tag.start()), problems);
            checkTag(at(name, text, tag.start()), tag.group(), problems);
            textFrom = tag.end();
        }
        checkText(at(name, text, firstVisible(text, textFrom)), text.substring(textFrom), problems);
        return problems;
    }

    private static String blank(Pattern pattern, String text, String replacement) {
        Matcher found = pattern.matcher(text);
        StringBuilder blanked = new StringBuilder();
        while (found.find()) {
            found.appendReplacement(blanked, Matcher.quoteReplacement(replacement + newlinesIn(found.group())));
        }
        return found.appendTail(blanked).toString();
    }

    private static String newlinesIn(String text) {
        return text.replaceAll("[^\\n]", "");
    }

    private static int firstVisible(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** "CaseQueueResource/queue.html:10": the line where the text or tag in question starts. */
    private static String at(String name, String text, int offset) {
        return name + ":" + (1 + newlinesIn(text.substring(0, offset)).length());
    }

    private static void checkText(String name, String between, List<String> problems) {
        String shown = between.replace(String.valueOf(EXPRESSION_MARK), " ").strip();
        if (shown.indexOf(ENUM_MARK) >= 0) {
            problems.add(name + ": an enum constant's name shown as a label (" + readable(shown) + ")");
        } else if (LETTER.matcher(shown).find()) {
            problems.add(name + ": literal copy \"" + readable(shown) + "\"");
        }
    }

    private static void checkTag(String name, String tag, List<String> problems) {
        boolean buttonInput = tag.startsWith("<input") && BUTTON_INPUT.matcher(tag).find();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            String attributeName = attribute.group(1).toLowerCase();
            if (READ_ATTRIBUTES.contains(attributeName) || buttonInput && attributeName.equals("value")) {
                String value = attribute.group(2);
                checkText(name + " [" + attributeName + "]", value.substring(1, value.length() - 1), problems);
            }
        }
    }

    private static String readable(String text) {
        return text.replace(String.valueOf(ENUM_MARK), "{….name}").replaceAll("\\s+", " ");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
