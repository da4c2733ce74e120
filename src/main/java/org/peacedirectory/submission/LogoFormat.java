package org.peacedirectory.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The logo formats accepted, told apart by their first bytes: names and declared types are the sender's say-so.
 * Each names the ImageIO reader that decodes it and the type the re-encoded logo is stored as.
 */
enum LogoFormat {
    PNG("png", ProcessedLogo.PNG),
    JPEG("jpeg", ProcessedLogo.JPEG),
    /** Stored as PNG: ImageIO has no WebP writer. */
    WEBP("webp", ProcessedLogo.PNG);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_IN_RIFF = "WEBP".getBytes(StandardCharsets.US_ASCII);
    /** RIFF, four bytes of length, WEBP: the longest of the three beginnings looked at. */
    private static final int SIGNATURE_BYTES = 12;

    private final String readerName;
    private final String storedAs;

    LogoFormat(String readerName, String storedAs) {
        this.readerName = readerName;
        this.storedAs = storedAs;
    }

    /**
     * The format of the upload, from enough of its start to tell the formats apart; the stream is then back at
     * its start for the reader.
     *
     * @throws InvalidLogoException if it is none of the accepted formats
     */
    static LogoFormat recognise(ImageInputStream input) throws IOException {
        byte[] start = new byte[SIGNATURE_BYTES];
        int length = 0;
        int read;
        while (length < start.length && (read = input.read(start, length, start.length - length)) > 0) {
            length += read;
        }
        input.seek(0);
        return recognise(Arrays.copyOf(start, length));
    }

    private static LogoFormat recognise(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
            return JPEG;
        }
        // RIFF, then four bytes of length, then the form type.
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_IN_RIFF)) {
            return WEBP;
        }
        throw new InvalidLogoException(InvalidLogoException.NOT_AN_IMAGE, "Logo is not PNG, JPEG or WebP");
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reader chosen by the recognised format, not by asking every registered plugin: any other format that
     * some plugin could read (GIF, BMP, TIFF) has already been refused.
     */
    ImageReader newReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + readerName
                    + (this == WEBP ? ": is com.twelvemonkeys.imageio:imageio-webp on the classpath?" : ""));
        }
        return readers.next();
    }

    /** The media type the re-encoded logo is stored as. */
    String storedAs() {
        return storedAs;
    }
}
