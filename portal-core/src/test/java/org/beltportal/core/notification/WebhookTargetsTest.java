package org.beltportal.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a webhook may not point when private networks are not allowed (the production default). */
class WebhookTargetsTest {

    final WebhookTargets targets = new WebhookTargets(properties(false));
    final WebhookTargets closedNetwork = new WebhookTargets(properties(true));

    static NotificationProperties properties(boolean allowPrivate) {
        return new NotificationProperties("BeltPortal <noreply@localhost>", URI.create("http://localhost:8080"),
                List.of(Duration.ofMinutes(1)), 5, Duration.ofSeconds(10), 50, Duration.ofSeconds(10), allowPrivate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/", "https://172.16.0.1/",
            "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/", "https://[::1]/", "https://[fd00::1]/",
            "https://[fe80::1]/", "https://0.0.0.0/", "https://100.64.0.1/", "https://[::ffff:127.0.0.1]/"})
    void privateLoopbackAndLinkLocalAddressesAreRefused(String url) {
        assertThat(targets.refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("private"));
        assertThat(closedNetwork.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://203.0.113.10/hook", "ftp://203.0.113.10/", "gopher://203.0.113.10/"})
    void onlyHttpsIsTaken(String url) {
        assertThat(targets.refusal(url)).hasValue("must start with https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "/relative/path", "file:///etc/passwd", "https://user:pw@203.0.113.10/", "https://203.0.113.10/#x"})
    void malformedUrlsAreRefused(String url) {
        assertThat(targets.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://203.0.113.10/hook", "https://[2001:db8::1]/robot/send?access_token=abc"})
    void publicHttpsAddressesAreTaken(String url) {
        assertThat(targets.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook"})
    void closedNetworksMayUsePlainHttp(String url) {
        assertThat(closedNetwork.refusal(url)).isEmpty();
    }
}
