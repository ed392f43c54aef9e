package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The walk's parts that need no browser: the POST route table it checks forms against, and a page's shape. */
class LinkWalkPartsTest {

    private static final String ID = "0b6c1a53-8f0e-4a55-9d0f-2f2f4c1f7d10";

    @Test
    void aFormsActionIsAPostRouteOnlyWhereTheServiceTakesAPost() throws Exception {
        PostRoutes routes = PostRoutes.ofCompiledResources();
        assertTrue(routes.takesPost("/my/cases/" + ID + "/messages"));
        assertTrue(routes.takesPost("/casework/cases/" + ID + "/transitions"));
        assertTrue(routes.takesPost("/receipt/leave"));
        assertTrue(routes.takesPost("/my/tell-us/1"));
        // Guards the guard: a path below a real resource, a GET-only page and a download are not POST routes.
        assertFalse(routes.takesPost("/my/cases/" + ID + "/no-such-thing"));
        assertFalse(routes.takesPost("/board/2021-Q1"));
        assertFalse(routes.takesPost("/board/2021-Q1/referrals-received.csv"));
        assertFalse(routes.takesPost("/no/such/page"));
    }

    @Test
    void aPagesShapeHidesIdsReferencesAndQueryValues() {
        assertEquals("/casework/cases/{id}", LinkWalk.shape("http://localhost:8081/casework/cases/" + ID));
        assertEquals("/casework?risk&unassigned", LinkWalk.shape("http://localhost:8081/casework?unassigned=true&risk=HIGH"));
        assertEquals("/track/{ref}", LinkWalk.shape("http://localhost:8081/track/AB2CD-EF3GH"));
        assertEquals("/board/2021-Q1/age-band", LinkWalk.shape("http://localhost:8081/board/2021-Q1/age-band"));
    }
}
