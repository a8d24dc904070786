package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's people screens over real HTTP with a real SMTP server (GreenMail): an operator invites an editor,
 * who sets a password through the mailed link; forged forms cannot grant more than the operator holds nor reach
 * another belt's people; platform admins invite, grant, disable and delete with a confirmation first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleConsoleTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";
    private static final Pattern LINK = Pattern.compile("/admin/password-reset\\?token=([A-Za-z0-9_-]+)");
    private static final Mailbox MAIL = new Mailbox();

    private final ValidPages pages = new ValidPages();
    private TwinBelts twins;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.startFor(registry);
    }

    @BeforeEach
    void twins() {
        if (twins == null) {
            twins = new TwinBelts(admin());
        }
    }

    @AfterAll
    void stopMailAndCheckPages() {
        MAIL.stop();
        pages.assertAllValid();
    }

    private String newUser(List<Map<String, String>> grants) {
        String username = "people-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants))
                .status()).isEqualTo(201);
        return username;
    }

    private ConsoleSession operatorOf(String belt) {
        return ConsoleSession.login(port, newUser(List.of(Map.of("tenant", belt, "role", "region_operator"))), PASSWORD);
    }

    private String people(String belt) {
        return "/admin/belts/" + belt + "/people";
    }

    private String grantsOf(String username) {
        return admin().get("/admin/api/v1/users/" + username).body();
    }

    /** The token of the set-password link mailed to {@code address}, waiting up to ten seconds for it. */
    private static String mailedToken(String address) throws MessagingException, IOException {
        Matcher link = LINK.matcher(MAIL.awaitTextTo(address, "/admin/password-reset?token="));
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }

    @Test
    void anOperatorInvitesAnEditorWhoSetsAPasswordThroughTheMailedLink() throws MessagingException, IOException {
        ConsoleSession operator = operatorOf(twins.a);
        String list = pages.valid("belt people", operator.get(people(twins.a)));
        assertThat(list).contains("编辑").contains("活动经理").doesNotContain("value=\"region_operator\"");

        String editor = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        String address = editor + "@example.com";
        Api.Response invited = operator.postForm(people(twins.a), Map.of("username", editor, "email", address, "roles", "editor"));
        assertThat(invited.status()).isEqualTo(303);
        assertThat(pages.valid("belt people after invite", operator.get(people(twins.a)))).contains("role=\"status\"")
                .contains(editor).contains(address);
        assertThat(grantsOf(editor)).contains("{\"tenant\":\"" + twins.a + "\",\"role\":\"editor\"}").doesNotContain(twins.b);

        String token = mailedToken(address);
        ConsoleSession invitee = ConsoleSession.anonymous(port);
        assertThat(pages.valid("set password", invitee.get("/admin/password-reset?token=" + token))).contains("newPassword");
        assertThat(invitee.postForm("/admin/password-reset", Map.of("token", token, "newPassword", "editor-chose-this")).status())
                .isEqualTo(200);
        ConsoleSession signedIn = ConsoleSession.login(port, editor, "editor-chose-this");
        assertThat(signedIn.get("/admin/belts/" + twins.a + "/").status()).isEqualTo(200);
        assertThat(signedIn.get(people(twins.a)).status()).as("editors do not manage people").isEqualTo(403);
        assertThat(admin().get("/admin/api/v1/audit?tenant=" + twins.a).body()).contains("people.invite").contains(editor);
    }

    @Test
    void anInvitationWithProblemsComesBackWithTheFieldsAndWhatWasTyped() {
        ConsoleSession operator = operatorOf(twins.a);
        String typed = "<script>x</script>";
        assertThat(operator.postForm(people(twins.a), Map.of("username", typed, "email", "")).status()).isEqualTo(303);
        String page = pages.valid("invite with problems", operator.get(people(twins.a)));
        assertThat(page).contains("href=\"#username\"").contains("href=\"#email\"").contains("aria-invalid=\"true\"")
                .contains("value=\"&lt;script&gt;x&lt;/script&gt;\"").doesNotContain("<script>x");
        assertThat(operator.postForm(people(twins.a), Map.of("username", ADMIN, "email", "x@example.com", "roles", "editor"))
                .status()).isEqualTo(303);
        assertThat(operator.get(people(twins.a)).body()).contains("已被占用").contains("value=\"" + ADMIN + "\"");
    }

    @Test
    void forgedFormsCannotGrantMoreThanTheOperatorHoldsNorReachAnotherBelt() {
        ConsoleSession operator = operatorOf(twins.a);
        String peer = newUser(List.of(Map.of("tenant", twins.a, "role", "region_operator")));
        String editor = newUser(List.of(Map.of("tenant", twins.a, "role", "editor"), Map.of("tenant", twins.b, "role", "editor")));
        String editorOfB = newUser(List.of(Map.of("tenant", twins.b, "role", "editor")));
        String forged = "forged-" + UUID.randomUUID().toString().substring(0, 6);

        for (String role : List.of("region_operator", "platform_admin")) {
            assertThat(operator.postForm(people(twins.a), Map.of("username", forged, "email", forged + "@example.com", "roles", role))
                    .status()).as("invite as " + role).isEqualTo(403);
            assertThat(operator.postForm(people(twins.a) + "/" + editor + "/roles", Map.of("roles", role)).status())
                    .as("promote to " + role).isEqualTo(403);
        }
        assertThat(admin().get("/admin/api/v1/users/" + forged).status()).isEqualTo(404);
        assertThat(operator.postForm(people(twins.a) + "/" + peer + "/roles", Map.of("roles", "editor")).status())
                .as("a peer operator").isEqualTo(403);
        assertThat(operator.postForm(people(twins.a) + "/" + editorOfB + "/roles", Map.of("roles", "editor")).status())
                .as("someone of another belt only").isEqualTo(404);
        assertThat(operator.get(people(twins.a) + "/" + editorOfB + "/remove").status()).isEqualTo(404);
        assertThat(operator.get(people(twins.b)).status()).isEqualTo(403);
        assertThat(operator.postForm(people(twins.b) + "/" + editorOfB + "/roles", Map.of()).status()).isEqualTo(403);
        assertThat(operator.postForm(people(twins.b), Map.of("username", forged, "email", forged + "@example.com", "roles", "editor"))
                .status()).isEqualTo(403);
        assertThat(grantsOf(peer)).contains("region_operator");
        assertThat(grantsOf(editorOfB)).contains(twins.b);

        String list = pages.valid("belt people with a peer", operator.get(people(twins.a)));
        assertThat(list).contains(peer).contains(editor).doesNotContain(editorOfB).doesNotContain(twins.b);
        assertThat(operator.postForm(people(twins.a) + "/" + editor + "/roles", Map.of("roles", "campaign_manager")).status())
                .isEqualTo(303);
        assertThat(grantsOf(editor)).contains("{\"tenant\":\"" + twins.a + "\",\"role\":\"campaign_manager\"}")
                .contains("{\"tenant\":\"" + twins.b + "\",\"role\":\"editor\"}");
        assertThat(pages.valid("remove confirmation", operator.get(people(twins.a) + "/" + editor + "/remove"))).contains(editor);
        assertThat(operator.postForm(people(twins.a) + "/" + editor + "/roles", Map.of()).status()).isEqualTo(303);
        assertThat(grantsOf(editor)).doesNotContain(twins.a).contains(twins.b);

        ConsoleSession stranger = operatorOf(twins.a);
        assertThat(operator.postForm(people(twins.a), Map.of("username", forged, "email", forged + "@example.com", "roles", "editor"),
                null).status()).isEqualTo(403);
        assertThat(operator.postForm(people(twins.a), Map.of("username", forged, "email", forged + "@example.com", "roles", "editor"),
                stranger.csrfToken()).status()).isEqualTo(403);
        assertThat(admin().get("/admin/api/v1/users/" + forged).status()).isEqualTo(404);
    }

    @Test
    void aPlatformAdminInvitesGrantsDisablesAndDeletesAfterConfirming() throws MessagingException, IOException {
        ConsoleSession platform = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        String name = "pa-" + UUID.randomUUID().toString().substring(0, 8);
        String address = name + "@example.com";
        Api.Response created = platform.postForm("/admin/people", Map.of("username", name, "email", address, "belt", twins.a,
                "role", "region_operator"));
        assertThat(created.status()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/admin/people/" + name);
        assertThat(mailedToken(address)).isNotBlank();
        assertThat(pages.valid("user", platform.get("/admin/people/" + name))).contains(address).contains(twins.a);
        assertThat(pages.valid("people search", platform.get("/admin/people?q=" + name))).contains(name);

        assertThat(platform.postForm("/admin/people/" + name + "/grants", Map.of("belt", "no-such-belt", "role", "editor")).status())
                .isEqualTo(303);
        assertThat(pages.valid("grant problem", platform.get("/admin/people/" + name))).contains("href=\"#belt\"")
                .contains("value=\"no-such-belt\"");
        assertThat(platform.postForm("/admin/people/" + name + "/grants", Map.of("belt", twins.b, "role", "editor")).status())
                .isEqualTo(303);
        assertThat(grantsOf(name)).contains(twins.b);

        assertThat(pages.valid("disable confirmation", platform.get("/admin/people/" + name + "/disable"))).contains(name);
        assertThat(platform.postForm("/admin/people/" + name + "/disable", Map.of()).status()).isEqualTo(303);
        assertThat(grantsOf(name)).contains("\"enabled\":false");
        assertThat(pages.valid("delete confirmation", platform.get("/admin/people/" + name + "/delete"))).contains(name);
        assertThat(platform.postForm("/admin/people/" + name + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(admin().get("/admin/api/v1/users/" + name).status()).isEqualTo(404);

        ConsoleSession operator = operatorOf(twins.a);
        assertThat(operator.get("/admin/people").status()).isEqualTo(403);
        assertThat(operator.postForm("/admin/people", Map.of("username", name, "email", address)).status()).isEqualTo(403);
        assertThat(operator.postForm("/admin/people/" + ADMIN + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(platform.postForm("/admin/people/" + ADMIN + "/delete", Map.of(), null).status()).isEqualTo(403);
        assertThat(platform.postForm("/admin/people/" + ADMIN + "/delete", Map.of()).status()).as("not oneself").isEqualTo(303);
        assertThat(admin().get("/admin/api/v1/users/" + ADMIN).status()).isEqualTo(200);
    }
}
