package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.CatalogueTable;
import org.safeguarding.portal.reporting.PublishedTable;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.ReportStore;

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

import org.safeguarding.portal.reporting.disclosure.query.PeriodGrain;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The board's pages: the published periods, a period's tables, one table with its chart and CSV, and the printable
 * report; and the downloads those pages link to (a table's CSV, the report's PDF), served here under the pages' own
 * sign-in, because a browser holds a session cookie, never the API's bearer token. Each table is an accessible HTML
 * table with a caption, its chart drawn on the server from the same published values, and the legend; everything is
 * read from stored releases. The board role only.
 */
@Path("/board")
@RolesAllowed(Roles.BOARD)
@Produces(MediaType.TEXT_HTML)
public class BoardPageResource {

    /** A table as a page shows it: the published table and its chart. */
    public record TableView(PublishedTable table, String chart) {
    }

    /** The periods of one grain, newest first. */
    public record PeriodGroup(String headingKey, List<ReportStore.ReleaseSummary> periods) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance periods(List<PeriodGroup> groups);

        static native TemplateInstance period(ReportPeriod period, String releaseLabel, List<PublishedTable> tables);

        static native TemplateInstance table(ReportPeriod period, TableView view);

        static native TemplateInstance report(ReportPeriod period, String releaseLabel, List<TableView> tables);
    }

    private final ReportStore store;
    private final Messages messages;
    private final Catalogue catalogue;
    private final ReportPdf pdf;
    private final TableDownloads downloads;

    BoardPageResource(ReportStore store, Messages messages, Catalogue catalogue, ReportPdf pdf,
            TableDownloads downloads) {
        this.pdf = pdf;
        this.downloads = downloads;
        this.store = store;
        this.messages = messages;
        this.catalogue = catalogue;
    }

    @GET
    public TemplateInstance periods(@Context UriInfo uri) {
        BoardRequests.refuseQueries(uri.getQueryParameters());
        List<ReportStore.ReleaseSummary> releases = store.releases();
        List<PeriodGroup> groups = List.of(
                new PeriodGroup("board_years", of(releases, PeriodGrain.YEAR)),
                new PeriodGroup("board_quarters", of(releases, PeriodGrain.QUARTER)),
                new PeriodGroup("board_months", of(releases, PeriodGrain.MONTH)));
        return Templates.periods(groups.stream().filter(g -> !g.periods().isEmpty()).toList());
    }

    @GET
    @Path("{period}")
    public TemplateInstance period(@PathParam("period") String periodId, @Context UriInfo uri) {
        ReportPeriod period = published(periodId, uri);
        // The list needs titles and the legend only: no chart is drawn for it.
        List<PublishedTable> tables = store.tableBodies(period).stream().map(store::read).toList();
        return Templates.period(period, tables.get(0).releaseLabel(), tables);
    }

    @GET
    @Path("{period}/report")
    public TemplateInstance report(@PathParam("period") String periodId, @Context UriInfo uri) {
        ReportPeriod period = published(periodId, uri);
        List<TableView> tables = views(period);
        return Templates.report(period, tables.get(0).table().releaseLabel(), tables);
    }

    /** The same report as a PDF, to file or circulate. */
    @GET
    @Path("{period}/report.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@PathParam("period") String periodId, @Context UriInfo uri) {
        ReportPeriod period = published(periodId, uri);
        // The PDF draws its bars as table cells (it renders no SVG), so no SvgChart is made for it.
        List<ReportPdf.PdfTable> pdfTables = store.tableBodies(period).stream().map(store::read)
                .map(t -> new ReportPdf.PdfTable(t,
                        ChartBars.of(t, catalogue.table(t.table()).orElseThrow().chartColumn()).bars()))
                .toList();
        return Response.ok(pdf.render(period, pdfTables.get(0).table().releaseLabel(), pdfTables), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"board-report-" + period.id() + ".pdf\"")
                .build();
    }

    /**
     * The table as CSV under the page's own sign-in (the session cookie), so the table page's link works in a
     * browser: the API's CSV answers bearer tokens only. The same bytes and headers as the API's.
     */
    @GET
    @Path("{period}/{table: [a-z-]+}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("period") String periodId, @PathParam("table") String tableId,
            @Context UriInfo uri) {
        return downloads.csv(periodId, tableId, uri);
    }

    @GET
    @Path("{period}/{table: [a-z-]+}")
    public TemplateInstance table(@PathParam("period") String periodId, @PathParam("table") String tableId,
            @Context UriInfo uri) {
        ReportPeriod period = published(periodId, uri);
        CatalogueTable table = catalogue.table(tableId).orElseThrow(NotFoundException::new);
        String body = store.tableBody(period, tableId).orElseThrow(NotFoundException::new);
        return Templates.table(period, view(table, store.read(body)));
    }

    private List<TableView> views(ReportPeriod period) {
        return store.tableBodies(period).stream().map(store::read)
                .map(t -> view(catalogue.table(t.table()).orElseThrow(), t)).toList();
    }

    private TableView view(CatalogueTable table, PublishedTable published) {
        return new TableView(published, SvgChart.of(published, table.chartColumn(),
                messages.text("board_chart_suppressed")));
    }

    private ReportPeriod published(String periodId, UriInfo uri) {
        return BoardRequests.publishedPeriod(store, periodId, uri);
    }

    private static List<ReportStore.ReleaseSummary> of(List<ReportStore.ReleaseSummary> releases, PeriodGrain grain) {
        return releases.stream().filter(r -> r.period().grain() == grain).toList();
    }
}
