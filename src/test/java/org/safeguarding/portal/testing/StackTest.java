package org.safeguarding.portal.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Marks the real stack as shared by every @QuarkusTest in the run (one start, one stop: {@link SharedStack}). */
@WithTestResource(value = PortalStackResource.class, scope = TestResourceScope.GLOBAL)
public final class StackTest {

    private StackTest() {
    }
}
