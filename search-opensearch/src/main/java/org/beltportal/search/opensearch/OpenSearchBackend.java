package org.beltportal.search.opensearch;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.job.JobService;
import org.beltportal.core.product.CatalogueScan;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.RequestsFirst;
import org.beltportal.search.index.IndexCheck;
import org.beltportal.search.index.IndexMaintenance;
import org.beltportal.search.query.SearchBackendProperties;
import org.beltportal.search.query.TenantSynonyms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The OpenSearch adapter's parts, present only with {@code portal.search.backend=opensearch} (decision 0045). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.search.backend", havingValue = "opensearch")
@EnableConfigurationProperties(SearchBackendProperties.class)
public class OpenSearchBackend {

    @Bean(destroyMethod = "close")
    OpenSearchClient openSearchClient(SearchBackendProperties settings, JsonMapper json) {
        return new OpenSearchClient(settings.opensearchUrls(), json);
    }

    @Bean
    OpenSearchProductIndex openSearchProductIndex(OpenSearchClient client, SearchBackendProperties settings) {
        return new OpenSearchProductIndex(client, settings, Clock.systemUTC());
    }

    @Bean
    RefusedDocuments refusedDocuments(DeadLetters deadLetters, ObjectProvider<MeterRegistry> meters) {
        return new RefusedDocuments(deadLetters, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    HealthIndicator searchDeadLettersHealthIndicator(DeadLetters deadLetters) {
        return new DeadLetterHealth(deadLetters);
    }

    @Bean
    OpenSearchIndexer openSearchIndexer(OpenSearchProductIndex index, ProductService products, SupplierService suppliers,
                                        CatalogueScan catalogue, JobService jobs, RequestsFirst requestsFirst,
                                        FeedPoller feed, RefusedDocuments refused) {
        return new OpenSearchIndexer(index, products, suppliers, catalogue, jobs, requestsFirst, feed, refused);
    }

    @Bean
    OpenSearchDocuments openSearchDocuments(OpenSearchClient client, OpenSearchProductIndex index) {
        return new OpenSearchDocuments(client, index);
    }

    /** The console's and the API's index work act on the cluster (decision 0054). */
    @Bean
    IndexMaintenance openSearchIndexMaintenance(OpenSearchIndexer indexer, OpenSearchDocuments documents, IndexCheck check,
                                                ProductService products, DeadLetters deadLetters, JobService jobs,
                                                RequestsFirst requestsFirst, Clock clock) {
        return new OpenSearchIndexMaintenance(indexer, documents, check, products, deadLetters, jobs, requestsFirst, clock);
    }

    @Bean
    OpenSearchProductSearch openSearchProductSearch(OpenSearchClient client, OpenSearchProductIndex index,
                                                    TenantSynonyms synonyms, JsonMapper json) {
        return new OpenSearchProductSearch(client, index, synonyms, json);
    }

    @Bean
    OpenSearchProductSuggest openSearchProductSuggest(OpenSearchClient client, OpenSearchProductIndex index, JsonMapper json) {
        return new OpenSearchProductSuggest(client, index, json);
    }
}
