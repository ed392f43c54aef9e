package org.safeguarding.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The OpenAPI document describes the JSON API ({@code /api/...}) and nothing else. The pages, their form posts and the
 * quick exit are JAX-RS resources too, so the scan finds them; they are for browsers, not for partners' clients, and
 * a list of them would only be a map of the site. Applied when the document is built.
 * <p>
 * The test build alone keeps them ({@value #LIST_PAGES}, set in the test profile): the bad-input suite attacks every
 * route the document lists, and the pages and their form posts are where a survivor's words arrive. The packaged
 * application's document lists the API only (ProductionJourneyIT).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiOnlyOpenApi implements OASFilter {

    static final String API_PREFIX = "/api/";
    static final String LIST_PAGES = "portal.openapi.list-pages";

    private final boolean listPages;

    public ApiOnlyOpenApi() {
        this(ConfigProvider.getConfig().getOptionalValue(LIST_PAGES, Boolean.class).orElse(false));
    }

    ApiOnlyOpenApi(boolean listPages) {
        this.listPages = listPages;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (listPages || paths == null || paths.getPathItems() == null) {
            return;
        }
        List<String> notApi = new ArrayList<>();
        for (String path : paths.getPathItems().keySet()) {
            if (!path.startsWith(API_PREFIX)) {
                notApi.add(path);
            }
        }
        notApi.forEach(paths::removePathItem);
    }
}
