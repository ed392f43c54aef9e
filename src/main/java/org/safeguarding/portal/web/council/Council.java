package org.safeguarding.portal.web.council;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The council's details for the pages ({@code inject:council} in templates): the layout's header and footer, the
 * privacy notice, the accessibility statement and the cookies page. {@link CouncilGuard} has checked them at start.
 */
@ApplicationScoped
@Named("council")
public class Council {

    private final CouncilConfig config;

    Council(CouncilConfig config) {
        this.config = config;
    }

    public String getName() {
        return config.name().orElse("");
    }

    public String getContactEmail() {
        return config.contactEmail().orElse("");
    }

    public String getContactPhone() {
        return config.contactPhone().orElse("");
    }

    public String getAddress() {
        return config.address().orElse("");
    }

    public String getDpoEmail() {
        return config.dpoEmail().orElse("");
    }

    public String getIcoRegistration() {
        return config.icoRegistration().orElse("");
    }

    /** Whether the header shows a logo ({@link CouncilAssets} serves it). */
    public boolean isLogo() {
        return logoFile().isPresent();
    }

    Optional<Path> logoFile() {
        return config.logoFile().filter(file -> !file.isBlank()).map(Path::of).filter(Files::isReadable);
    }

    String colour() {
        return config.colour().trim().toLowerCase(java.util.Locale.ROOT);
    }
}
