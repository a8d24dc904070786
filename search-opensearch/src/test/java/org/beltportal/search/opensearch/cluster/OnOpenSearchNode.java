package org.beltportal.search.opensearch.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of the OpenSearch tests: the cluster as the search backend, on this test JVM's child node
 * ({@link OpenSearchProcess}), named to Spring before the context starts. Every class so annotated has the same
 * configuration, so all of them share one context and one start-up rebuild.
 *
 * <p>The change feed is polled only hourly: this node's own commits wake its feed thread at once, and rows that
 * tests write as another node would are left to the drains those tests run (a context that polled every 200 ms
 * would take them first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OnOpenSearchNode.OfferTheNode.class)
@SpringBootTest(properties = {"portal.search.backend=opensearch", "portal.change-feed.poll-interval=1h"})
public @interface OnOpenSearchNode {

    /** Starts the node (once per JVM) before Spring's extension loads the context for the first test instance. */
    final class OfferTheNode implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            OpenSearchProcess.node().offerToSpring();
        }
    }
}
