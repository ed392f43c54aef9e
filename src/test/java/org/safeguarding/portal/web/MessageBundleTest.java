package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.qute.i18n.MessageBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.portal.access.AccessListMsg;
import org.safeguarding.portal.access.AccessMsg;
import org.safeguarding.portal.actions.ActionMsg;
import org.safeguarding.portal.board.BoardMsg;
import org.safeguarding.portal.casefile.CaseworkMsg;
import org.safeguarding.portal.casefile.MyCaseMsg;
import org.safeguarding.portal.charter.CharterMsg;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.intake.IntakeMsg;
import org.safeguarding.portal.messages.MessageMsg;
import org.safeguarding.portal.notes.NoteMsg;
import org.safeguarding.portal.onward.OnwardMsg;
import org.safeguarding.portal.onward.Partner;
import org.safeguarding.portal.receipt.ReceiptMsg;
import org.safeguarding.portal.requests.RequestMsg;
import org.safeguarding.portal.screening.ScreeningMsg;

/** The message bundles are plain UTF-8, one per feature, each small enough for the Qute build to handle. */
class MessageBundleTest {

    /** Qute does not decode Java's backslash-u escapes, so people would see them. */
    @ParameterizedTest
    @MethodSource("wordFiles")
    void theBundlesHaveNoUnicodeEscapes(String bundle) throws IOException {
        List<String> escaped = Files.readAllLines(Path.of("src/main/resources/messages/" + bundle + ".properties"),
                StandardCharsets.UTF_8).stream().filter(line -> line.contains("\\u")).toList();
        assertEquals(List.of(), escaped, "write the character itself, not an escape");
    }

    /** Every words file, English and every translation ({@code layout_cy}), and the language status file. */
    static Stream<String> wordFiles() throws IOException {
        try (Stream<Path> all = Files.list(Path.of("src/main/resources/messages"))) {
            return all.map(file -> file.getFileName().toString().replace(".properties", "")).sorted().toList()
                    .stream();
        }
    }

    /**
     * Quarkus 3.34 to 3.38 generate a resolver that fails bytecode verification (at start, as a VerifyError) for a
     * bundle of more than 300 messages, where a message keyed by an enum counts once per constant, wherever the method
     * sits in the interface (quarkusio/quarkus#55584, fixed by PR #55653; the releases served here, 3.36.1 and 3.38.1,
     * do not build this project and do not carry the fix). The bundles are split by feature and each is far below
     * that; this says so before a feature's bundle grows into it. Split a bundle by meaning, never by size alone.
     */
    @Test
    void eachBundleStaysWithinWhatTheBuildCanGenerate() {
        for (Class<?> bundle : bundleInterfaces()) {
            long messages = Arrays.stream(bundle.getDeclaredMethods()).mapToLong(method -> method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isEnum() ? method.getParameterTypes()[0].getEnumConstants().length
                            : 1).sum();
            assertTrue(messages <= 280, bundle.getSimpleName() + " has " + messages + " messages; keep under 280");
        }
    }

    /** core.Messages finds a key's bundle by its file, so it must know every bundle, and no key may be in two. */
    @Test
    void coreMessagesKnowsEveryBundleAndEachKeyOnce() throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.list(Path.of("src/main/resources/messages"))) {
            files = all.map(file -> file.getFileName().toString().replace(".properties", ""))
                    .filter(name -> !name.equals("board-tables") && !name.equals("languages"))
                    .filter(name -> !LanguageCompletenessTest.isTranslation(name)).sorted().toList();
        }
        assertEquals(files, Messages.BUNDLES.stream().sorted().toList());
        assertEquals(files, bundleInterfaces().stream().map(bundle -> bundle.getAnnotation(MessageBundle.class).value())
                .sorted().toList(), "one interface per file");
        Map<String, String> bundleOfKey = new HashMap<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : Messages.keysOf(bundle)) {
                String other = bundleOfKey.put(key, bundle);
                assertNull(other, key + " is in " + other + " and " + bundle);
            }
        }
    }

    /** Key building in Java follows Qute's separator for enum messages. */
    @Test
    void enumKeysUseQutesSeparator() {
        assertEquals("channel_PHONE", Messages.key("channel", ContactChannel.PHONE));
        assertEquals("partner_$POLICE", Messages.key("partner", Partner.POLICE));
        assertTrue(Messages.keysOf("onward").contains(Messages.key("partner", Partner.VOLUNTARY_SECTOR)));
    }

    private static List<Class<?>> bundleInterfaces() {
        return List.of(LayoutMsg.class, HomeMsg.class, CommonMsg.class, ErrorMsg.class, IntakeMsg.class,
                ReceiptMsg.class, MyCaseMsg.class, CaseworkMsg.class, ActionMsg.class, ScreeningMsg.class, OnwardMsg.class,
                MessageMsg.class, NoteMsg.class, RequestMsg.class, AccessMsg.class, AccessListMsg.class, CharterMsg.class, BoardMsg.class,
                org.safeguarding.portal.retention.web.RetentionMsg.class,
                org.safeguarding.portal.subjectaccess.SubjectAccessMsg.class,
                org.safeguarding.portal.rights.RightsMsg.class,
                org.safeguarding.portal.web.council.AboutMsg.class, org.safeguarding.portal.casefile.CaseFindMsg.class,
                org.safeguarding.portal.intake.referrer.ReferrerMsg.class,
                org.safeguarding.portal.web.language.LanguageMsg.class,
                org.safeguarding.portal.intake.referrer.InvitationMsg.class,
                org.safeguarding.portal.access.ReferrerAccessMsg.class,
                org.safeguarding.portal.intake.hub.HubRecordsMsg.class);
    }
}
