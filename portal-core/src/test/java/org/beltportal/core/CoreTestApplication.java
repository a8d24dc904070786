package org.beltportal.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration that core's tests start: every bean of portal-core, nothing else. */
@SpringBootApplication
public class CoreTestApplication {
}
