package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.ReportStore;
import org.safeguarding.portal.reporting.TableLabels;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.safeguarding.portal.security.Roles;

/**
 * The board's JSON API (design/api.md): published periods, and each period's protected tables, as JSON or CSV. Only
 * stored tables are read; nothing here touches a case. The board role only.
 */
@Path("/api/v1/reports")
@RolesAllowed(Roles.BOARD)
@Produces(MediaType.APPLICATION_JSON)
public class ReportApiResource {

    /** A published period: its id, its name, and which release is served. */
    public record PeriodView(String id, String label, String grain, int release, String releaseLabel, String tables) {
    }

    /** A table of a period: its id, title and where to read it. */
    public record TableLink(String table, String title, String href, String csv) {
    }

    private final ReportStore store;
    private final TableLabels labels;
    private final Catalogue catalogue;
    private final TableDownloads downloads;

    ReportApiResource(ReportStore store, TableLabels labels, Catalogue catalogue, TableDownloads downloads) {
        this.downloads = downloads;
        this.store = store;
        this.labels = labels;
        this.catalogue = catalogue;
    }

    @GET
    @Path("periods")
    public List<PeriodView> periods(@Context UriInfo uri) {
        BoardRequests.refuseQueries(uri.getQueryParameters());
        return store.releases().stream().map(r -> new PeriodView(r.period().id(), r.period().label(),
                r.period().grain().name(), r.release().number,
                labels.release(r.release()),
                "/api/v1/reports/" + r.period().id() + "/tables")).toList();
    }

    @GET
    @Path("{period}/tables")
    public List<TableLink> tables(@PathParam("period") String periodId, @Context UriInfo uri) {
        ReportPeriod period = published(periodId, uri);
        String base = "/api/v1/reports/" + period.id() + "/tables/";
        return catalogue.tables().stream().map(t -> new TableLink(t.id(), labels.table(t, "title"), base + t.id(),
                base + t.id() + ".csv")).toList();
    }

    /** The stored JSON, byte for byte: a frozen period answers the same bytes for ever. */
    @GET
    @Path("{period}/tables/{table: [a-z-]+}")
    public Response table(@PathParam("period") String periodId, @PathParam("table") String tableId,
            @Context UriInfo uri) {
        ReportPeriod period = published(periodId, uri);
        return Response.ok(body(period, tableId), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** The table as CSV, for API clients; the board's pages serve the same bytes under their sign-in. */
    @GET
    @Path("{period}/tables/{table: [a-z-]+}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("period") String periodId, @PathParam("table") String tableId,
            @Context UriInfo uri) {
        return downloads.csv(periodId, tableId, uri);
    }

    private ReportPeriod published(String periodId, UriInfo uri) {
        return BoardRequests.publishedPeriod(store, periodId, uri);
    }

    private String body(ReportPeriod period, String tableId) {
        return store.tableBody(period, tableId).orElseThrow(NotFoundException::new);
    }
}
