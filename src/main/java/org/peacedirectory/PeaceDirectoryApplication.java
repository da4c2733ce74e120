package org.peacedirectory;

import org.peacedirectory.backup.BackupCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PeaceDirectoryApplication {

    public static void main(String[] args) {
        if (BackupCommandLine.handles(args)) { // a short-lived command: the web app does not start
            System.exit(BackupCommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(PeaceDirectoryApplication.class, args);
    }
}
