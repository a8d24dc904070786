package org.beltportal.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.beltportal.core.campaign.ActiveCampaign;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.CampaignPhase;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.ThemeCatalog;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Each demo belt seeds approved campaigns: the merchant festival and its own, in the phase a newcomer should see. */
@SpringBootTest
class DemoCampaignsTest extends TestDatabase {

    /** Half the demo belts use the festival theme, which only the theme engine (not in core) knows of. */
    @TestConfiguration
    static class BuiltInThemes {
        @Bean
        ThemeCatalog themes() {
            return new ThemeCatalog() {
                @Override
                public Set<String> themes() {
                    return Set.of("catalog", "festival");
                }

                @Override
                public SortedSet<String> templates(String theme) {
                    return new TreeSet<>();
                }

                @Override
                public Optional<String> source(String theme, TemplatePath path) {
                    return Optional.empty();
                }
            };
        }
    }

    @Autowired
    DemoDataSeeder seeder;
    @Autowired
    ActiveCampaigns active;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @ParameterizedTest
    @CsvSource({"zhili, live", "yiwu, warmup", "baigou, live", "zhuji, warmup", "huludao, live", "pingdu, scheduled"})
    void aFreshBeltShowsItsApprovedFestivals(String file, String ownPhase) throws Exception {
        DemoBelt belt;
        try (InputStream in = new ClassPathResource("demo/belts/" + file + ".json").getInputStream()) {
            belt = json.readValue(in, DemoBelt.class);
        }
        Tenant tenant = transaction.execute(status -> seeder.seed(belt, Fixtures.uniqueSlug(file)));

        List<ActiveCampaign> campaigns = active.at(tenant.id(), clock.instant());
        assertThat(campaigns).extracting(a -> a.campaign().spec().slug())
                .containsExactlyInAnyOrder("merchant-festival", belt.campaigns().getFirst().slug());
        assertThat(campaigns).allSatisfy(a -> {
            assertThat(a.campaign().state().status()).isEqualTo(CampaignStatus.APPROVED);
            assertThat(a.campaign().state().decidedBy()).isEqualTo("demo-operator");
        });
        ActiveCampaign own = campaigns.stream().filter(a -> !a.campaign().spec().slug().equals("merchant-festival")).findFirst().orElseThrow();
        assertThat(own.phase().code()).isEqualTo(ownPhase);
        assertThat(own.campaign().spec().featuredProductIds()).isNotEmpty().doesNotContainNull();
        ActiveCampaign merchant = campaigns.stream().filter(a -> a.campaign().spec().slug().equals("merchant-festival")).findFirst().orElseThrow();
        assertThat(merchant.phase()).isNotEqualTo(CampaignPhase.ENDED);
        assertThat(merchant.occurrence().inZone(tenant.zone()).liveStart().getMonthValue()).isIn(3, 9, 12);
    }
}
