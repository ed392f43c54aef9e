package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

/** The filter keeps the JSON API's paths and drops the pages, form posts and the quick exit the scan also finds. */
class ApiOnlyOpenApiTest {

    @Test
    void onlyPathsUnderApiAreKept() {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/referrals", OASFactory.createPathItem())
                .addPathItem("/api/v1/me/cases/{id}", OASFactory.createPathItem())
                .addPathItem("/", OASFactory.createPathItem())
                .addPathItem("/my/cases", OASFactory.createPathItem())
                .addPathItem("/intake/{step}", OASFactory.createPathItem())
                .addPathItem("/quick-exit", OASFactory.createPathItem())
                .addPathItem("/apiary", OASFactory.createPathItem()));

        new ApiOnlyOpenApi(false).filterOpenAPI(document);

        assertEquals(Set.of("/api/v1/referrals", "/api/v1/me/cases/{id}"), document.getPaths().getPathItems().keySet());
    }

    @Test
    void aDocumentWithoutPathsIsLeftAlone() {
        OpenAPI document = OASFactory.createOpenAPI();
        new ApiOnlyOpenApi(false).filterOpenAPI(document);
        assertEquals(null, document.getPaths());
    }
}
