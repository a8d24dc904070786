package org.beltportal.admin;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration admin's slice tests start from. */
@SpringBootApplication
public class AdminTestApplication {
}
