package org.safeguarding.portal.security;

import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the caller is, as the portal sees them: lets a client show the right screens. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeApiResource {

    @Inject
    CurrentUser user;

    public record MeView(String subject, String name, List<String> roles) {
    }

    @GET
    @RolesAllowed({ Roles.SURVIVOR, Roles.CASEWORKER, Roles.BOARD })
    public MeView me() {
        List<String> roles = Stream.of(Roles.SURVIVOR, Roles.CASEWORKER, Roles.BOARD).filter(user::hasRole).toList();
        return new MeView(user.subject(), user.displayName().orElse(null), roles);
    }
}
