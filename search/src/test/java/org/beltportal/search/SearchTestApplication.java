package org.beltportal.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** What search's tests start: portal-core and search, on the test database, with a fresh index directory. */
@SpringBootApplication(scanBasePackages = "org.beltportal")
public class SearchTestApplication {
}
