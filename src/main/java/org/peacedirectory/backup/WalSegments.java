package org.peacedirectory.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of PostgreSQL's WAL files, as a backup reads and lists them. */
final class WalSegments {

    private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final Pattern TIMELINE_HISTORY = Pattern.compile("[0-9A-F]{8}\\.history");
    private static final Pattern START_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    private WalSegments() {}

    /** The segment holding the backup's start checkpoint, as its {@code backup_label} names it. */
    static String startFile(String label) {
        Matcher matcher = START_FILE.matcher(label);
        if (!matcher.find()) {
            throw new BackupException("PostgreSQL's backup label names no start WAL file:\n" + label);
        }
        return matcher.group(1);
    }

    /** Every segment from the first to the last, both included (names of one timeline sort in WAL order). */
    static List<String> between(String first, String last, long segmentSize) {
        long segmentsPerLogId = 0x1_0000_0000L / segmentSize;
        String timeline = first.substring(0, 8);
        long lastNumber = number(last, segmentsPerLogId);
        List<String> names = new ArrayList<>();
        for (long segment = number(first, segmentsPerLogId); segment <= lastNumber; segment++) {
            names.add(timeline + String.format("%08X%08X", segment / segmentsPerLogId, segment % segmentsPerLogId));
        }
        return names;
    }

    static boolean isTimelineHistory(String fileName) {
        return TIMELINE_HISTORY.matcher(fileName).matches();
    }

    private static long number(String segment, long segmentsPerLogId) {
        if (!SEGMENT.matcher(segment).matches()) {
            throw new BackupException("Not a WAL segment name: " + segment);
        }
        return Long.parseLong(segment.substring(8, 16), 16) * segmentsPerLogId
                + Long.parseLong(segment.substring(16), 16);
    }
}
