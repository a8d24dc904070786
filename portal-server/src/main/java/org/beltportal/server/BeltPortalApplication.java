package org.beltportal.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one deployable: every module's beans under {@code org.beltportal}, configured by application.properties. */
@SpringBootApplication(scanBasePackages = "org.beltportal")
public class BeltPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(BeltPortalApplication.class, args);
    }
}
