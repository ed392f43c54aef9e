package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.ReportStore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A published table as a CSV download, one implementation for both ways in: the API for API clients (bearer token,
 * {@code /api/v1/reports/{period}/tables/{table}.csv}) and the board's pages (the signed-in session,
 * {@code /board/{period}/{table}.csv}, the link on the table page). Same checks, same bytes, same headers.
 */
@ApplicationScoped
class TableDownloads {

    static final String CSV_TYPE = "text/csv; charset=UTF-8";

    private final ReportStore store;

    TableDownloads(ReportStore store) {
        this.store = store;
    }

    /**
     * @throws org.safeguarding.portal.reporting.disclosure.query.RefusedRequestException for a query, a day, a week or a range
     * @throws NotFoundException for a period not published or a table not in it
     */
    Response csv(String periodId, String tableId, UriInfo uri) {
        ReportPeriod period = BoardRequests.publishedPeriod(store, periodId, uri);
        String body = store.tableBody(period, tableId).orElseThrow(NotFoundException::new);
        return Response.ok(TableCsv.of(store.read(body)), CSV_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + period.id() + "-" + tableId + ".csv\"")
                .build();
    }
}
