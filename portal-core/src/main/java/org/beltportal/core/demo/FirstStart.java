package org.beltportal.core.demo;

import java.security.SecureRandom;

import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * On first start: creates the platform admin {@code admin} (password from {@code portal.admin-password}, that
 * is PORTAL_ADMIN_PASSWORD, else generated and logged this once) and, when {@code portal.demo-data} is on, the
 * demo belts.
 */
@Component
@EnableConfigurationProperties(PortalProperties.class)
public class FirstStart implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserService users;
    private final DemoDataSeeder demo;
    private final String adminPassword;
    private final boolean demoData;

    public FirstStart(UserService users, DemoDataSeeder demo, PortalProperties properties) {
        this.users = users;
        this.demo = demo;
        this.adminPassword = properties.adminPassword();
        this.demoData = properties.demoData();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String password = generated ? generatePassword() : adminPassword;
        if (users.createPlatformAdminIfMissing(ADMIN, password)) {
            if (generated) {
                log.warn("Created platform admin '{}' with generated password: {}  (shown once; set "
                        + "PORTAL_ADMIN_PASSWORD to choose it)", ADMIN, password);
            } else {
                log.info("Created platform admin '{}' with the password from PORTAL_ADMIN_PASSWORD", ADMIN);
            }
        }
        if (demoData) {
            int belts = demo.seedIfEmpty();
            if (belts > 0) {
                log.info("Seeded {} demo belts; open http://yiwu.localhost:8080/ or http://localhost:8080/t/yiwu/", belts);
            }
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
