package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class ProductImportsTest {

    /** Refused files never reach the jobs: none are needed to see where the check ran and what it answered. */
    private final ProductImports imports = new ProductImports(null, null);

    @AfterEach
    void stop() {
        imports.destroy();
    }

    @Test
    void theUploadIsCheckedOnTheLowerPriorityThreadAndItsRefusalReachesTheRequestAsItWas() {
        AtomicReference<String> checkedOn = new AtomicReference<>();
        MockMultipartFile upload = new MockMultipartFile("file", "products.txt", "text/plain", new byte[] {'x'}) {
            @Override
            public String getOriginalFilename() {
                checkedOn.set(Thread.currentThread().getName());
                return super.getOriginalFilename();
            }
        };

        assertThatThrownBy(() -> imports.start("tester", null, upload, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(".csv");
        assertThat(checkedOn).hasValue("import-check");
    }
}
