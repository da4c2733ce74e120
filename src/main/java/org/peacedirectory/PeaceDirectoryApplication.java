package org.peacedirectory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PeaceDirectoryApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeaceDirectoryApplication.class, args);
    }
}
