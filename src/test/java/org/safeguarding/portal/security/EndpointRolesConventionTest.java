package org.safeguarding.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deny by default, checked at build time: every JAX-RS endpoint in the service names its roles. {@code @PermitAll}
 * is allowed only on the short list below, each entry a page anyone may see before signing in. The runtime setting
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints} is the safety net; this test makes a forgotten
 * annotation a failing build instead of a surprise 403 (or worse, an open endpoint if the setting were lost).
 */
class EndpointRolesConventionTest {

    /**
     * Public by design: the start page, the page shown after signing out, checking a signed acknowledgement (which
     * reads no record: the answer depends only on the document sent), anonymous intake, and the charter.
     */
    private static final Set<String> PERMIT_ALL_ALLOWED = Set.of(
            "org.safeguarding.portal.web.HomeResource#start",
            "org.safeguarding.portal.web.HomeResource#signedOut",
            // After closing their account the survivor's session has ended: how to come back must still show.
            "org.safeguarding.portal.rights.account.AccountClosedPage#closed",
            // The quick exit: it must work for anyone, signed in or not, with an expired session or none.
            "org.safeguarding.portal.web.quickexit.QuickExitResource#leave",
            "org.safeguarding.portal.acknowledgement.AcknowledgementApiResource#verify",
            "org.safeguarding.portal.acknowledgement.AcknowledgementApiResource#publicKey",
            // Intake without an account, and coming back with a receipt code (rate-limited, see ReceiptSessions).
            "org.safeguarding.portal.intake.AnonymousReferralApiResource#submit",
            "org.safeguarding.portal.intake.AnonymousReferralApiResource#openSession",
            "org.safeguarding.portal.receipt.ReceiptResource#start",
            "org.safeguarding.portal.receipt.ReceiptResource#begin",
            "org.safeguarding.portal.receipt.ReceiptResource#comeBack",
            "org.safeguarding.portal.receipt.ReceiptResource#openWithCode",
            // Taking over a case someone else referred without an account: the invitation code is the credential.
            "org.safeguarding.portal.intake.referrer.ReceiptInvitationPages#enter",
            "org.safeguarding.portal.intake.referrer.ReceiptInvitationPages#accept",
            // The Survivor's Charter: the council's promises, readable by anyone before they decide to tell us.
            "org.safeguarding.portal.charter.CharterApiResource#inForce",
            "org.safeguarding.portal.charter.CharterPageResource#charter",
            // What every public body publishes (accessibility, privacy, cookies), and the stylesheets and logo every
            // page loads, the sign-in page's included.
            "org.safeguarding.portal.web.council.PublicInformationResource#accessibility",
            "org.safeguarding.portal.web.council.PublicInformationResource#privacy",
            "org.safeguarding.portal.web.council.PublicInformationResource#cookies",
            "org.safeguarding.portal.web.council.CouncilAssets#govukFrontend",
            "org.safeguarding.portal.web.council.CouncilAssets#councilStylesheet",
            "org.safeguarding.portal.web.council.CouncilAssets#logo",
            // The language link on every page: anyone must be able to read the service in their own language.
            "org.safeguarding.portal.web.language.LanguageResource#choose");

    /**
     * The board sees aggregate statistics and never a person: the role may open the board package's endpoints
     * (stored, protected tables only) and, outside it, only these, which say who is signed in and where to go.
     */
    private static final String BOARD_PACKAGE = "org.safeguarding.portal.board";
    private static final Set<String> BOARD_ALLOWED_ELSEWHERE = Set.of(
            "org.safeguarding.portal.web.HomeResource#home",
            "org.safeguarding.portal.security.MeApiResource#me");

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);
    private static final Set<String> KNOWN_ROLES = Set.of(Roles.SURVIVOR, Roles.CASEWORKER, Roles.BOARD,
            Roles.RECEIPT_HOLDER, Roles.LEAD);

    private static List<Method> endpoints;

    @BeforeAll
    static void findEndpoints() throws IOException, ClassNotFoundException {
        endpoints = new ArrayList<>();
        Path classes = Path.of("target", "classes");
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, EndpointRolesConventionTest.class.getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (isEndpoint(method)) {
                    endpoints.add(method);
                }
            }
        }
    }

    @Test
    void theScanFindsTheServicesEndpoints() {
        // Guards the guard: a scan that found nothing would pass every check below.
        assertTrue(endpoints.size() >= 10, "found only " + endpoints.size() + " endpoints in target/classes");
    }

    @Test
    void everyEndpointNamesItsRolesOrIsAnAllowedPublicPage() {
        Set<String> unannotated = new TreeSet<>();
        for (Method endpoint : endpoints) {
            if (!hasSecurityAnnotation(endpoint) && !hasSecurityAnnotation(endpoint.getDeclaringClass())) {
                unannotated.add(id(endpoint));
            }
        }
        assertEquals(Set.of(), unannotated, "endpoints without @RolesAllowed / @PermitAll / @DenyAll");
    }

    @Test
    void permitAllIsUsedOnlyOnTheAllowedPublicPages() {
        Set<String> open = new TreeSet<>();
        for (Method endpoint : endpoints) {
            boolean permitted = endpoint.isAnnotationPresent(PermitAll.class)
                    || (!hasSecurityAnnotation(endpoint)
                            && endpoint.getDeclaringClass().isAnnotationPresent(PermitAll.class));
            if (permitted) {
                open.add(id(endpoint));
            }
        }
        assertTrue(PERMIT_ALL_ALLOWED.containsAll(open), "unexpected @PermitAll endpoints: " + open);
    }

    @Test
    void everyRoleNamedIsARealmRole() {
        for (Method endpoint : endpoints) {
            RolesAllowed roles = endpoint.isAnnotationPresent(RolesAllowed.class)
                    ? endpoint.getAnnotation(RolesAllowed.class)
                    : endpoint.getDeclaringClass().getAnnotation(RolesAllowed.class);
            if (roles != null) {
                for (String role : roles.value()) {
                    assertTrue(KNOWN_ROLES.contains(role), id(endpoint) + " names unknown role " + role);
                }
            }
        }
    }

    @Test
    void theBoardRoleOpensOnlyReportingEndpoints() {
        Set<String> elsewhere = new TreeSet<>();
        for (Method endpoint : endpoints) {
            RolesAllowed roles = endpoint.isAnnotationPresent(RolesAllowed.class)
                    ? endpoint.getAnnotation(RolesAllowed.class)
                    : endpoint.getDeclaringClass().getAnnotation(RolesAllowed.class);
            boolean board = roles != null && Set.of(roles.value()).contains(Roles.BOARD);
            if (board && !endpoint.getDeclaringClass().getPackageName().equals(BOARD_PACKAGE)) {
                elsewhere.add(id(endpoint));
            }
        }
        assertTrue(BOARD_ALLOWED_ELSEWHERE.containsAll(elsewhere), "the board role opens endpoints outside "
                + BOARD_PACKAGE + ": " + elsewhere);
        assertTrue(elsewhere.containsAll(BOARD_ALLOWED_ELSEWHERE), "stale entries: " + elsewhere);
    }

    /**
     * The record's action pages, one thing per page, each in its feature's package: every GET and POST under
     * {@code /casework/cases/{id}/…} names the caseworker role and no other. The list is the action pages' own, so a
     * new one must be added here (and a page that disappears fails as stale).
     */
    private static final Set<String> CASEWORK_ACTION_PAGES = Set.of(
            "org.safeguarding.portal.actions.ClaimPages#claimPage", "org.safeguarding.portal.actions.ClaimPages#claim",
            "org.safeguarding.portal.actions.MovePages#transitionPage", "org.safeguarding.portal.actions.MovePages#transition",
            "org.safeguarding.portal.actions.ContactFrequencyPages#contactFrequencyPage",
            "org.safeguarding.portal.actions.ContactFrequencyPages#agreeContactFrequency",
            "org.safeguarding.portal.screening.ScreeningPages#page", "org.safeguarding.portal.screening.ScreeningPages#screen",
            "org.safeguarding.portal.onward.OnwardReferralPages#proposePage",
            "org.safeguarding.portal.onward.OnwardReferralPages#propose",
            "org.safeguarding.portal.onward.OnwardReferralPages#movePage",
            "org.safeguarding.portal.onward.OnwardReferralPages#move",
            "org.safeguarding.portal.messages.MessagePages#page", "org.safeguarding.portal.messages.MessagePages#sendMessage",
            "org.safeguarding.portal.notes.NotePages#page", "org.safeguarding.portal.notes.NotePages#addNote",
            "org.safeguarding.portal.requests.RequestPages#page", "org.safeguarding.portal.requests.RequestPages#answer",
            "org.safeguarding.portal.subjectaccess.web.CopyReviewPages#page",
            "org.safeguarding.portal.subjectaccess.web.CopyReviewPages#withholdPage",
            "org.safeguarding.portal.subjectaccess.web.CopyReviewPages#withhold",
            "org.safeguarding.portal.subjectaccess.web.CopyReviewPages#reviewed",
            "org.safeguarding.portal.subjectaccess.web.CopyReviewPages#release",
            "org.safeguarding.portal.intake.referrer.InvitationPages#invite");

    @Test
    void theRecordsActionPagesAreForCaseworkersOnly() {
        Set<String> found = new TreeSet<>();
        for (Method endpoint : endpoints) {
            jakarta.ws.rs.Path root = endpoint.getDeclaringClass().getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null || !root.value().startsWith("/casework/cases/{id}/")) {
                continue;
            }
            found.add(id(endpoint));
            RolesAllowed roles = endpoint.isAnnotationPresent(RolesAllowed.class)
                    ? endpoint.getAnnotation(RolesAllowed.class)
                    : endpoint.getDeclaringClass().getAnnotation(RolesAllowed.class);
            assertTrue(roles != null && Set.of(roles.value()).equals(Set.of(Roles.CASEWORKER)),
                    id(endpoint) + " must be @RolesAllowed(caseworker) only");
        }
        assertEquals(new TreeSet<>(CASEWORK_ACTION_PAGES), found, "the record's action pages");
    }

    private static boolean isEndpoint(Method method) {
        return HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)
                || (method.isAnnotationPresent(jakarta.ws.rs.Path.class) && !method.isSynthetic());
    }

    private static boolean hasSecurityAnnotation(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    private static String id(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }
}
