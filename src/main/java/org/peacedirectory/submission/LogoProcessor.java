package org.peacedirectory.submission;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded logo and re-encodes it, so that what the directory stores and serves is an image it made
 * itself: pixels only, without the EXIF block, GPS position, comments or colour profile that the file came with.
 *
 * <p>The checks go from cheapest to dearest, and nothing is decoded until the header has shown the image to be
 * small enough: a few kilobytes of PNG can declare billions of pixels (a decompression bomb).
 *
 * <p>An empty upload means "no logo"; callers handle it before calling {@link #process(byte[])}.
 */
@Component
public final class LogoProcessor {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 4000;
    /**
     * A logo is shown small, and 2000 × 2000 is plenty. The budget is in pixels because memory is: decoded, a
     * pixel takes at most 8 bytes (16-bit RGBA PNG; a JPEG at most 4, CMYK), so one decode holds at most about
     * 32 MB, plus 16 MB when a colour profile is converted away. {@link LogoDecodingSlots} bounds how many
     * run at once.
     */
    public static final int MAX_PIXELS = 4_000_000;

    private static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    private static final int MAX_MEGAPIXELS = MAX_PIXELS / 1_000_000;

    private final LogoDecodingSlots slots;

    public LogoProcessor(LogoDecodingSlots slots) {
        this.slots = slots;
        // ImageIO registers plugins once, from the class loader of its first caller: make sure the WebP
        // reader (TwelveMonkeys) is found when the app runs from its packaged jar.
        ImageIO.scanForPlugins();
    }

    /** The size check alone, for callers that can tell the size before reading the upload into memory. */
    public static void requireAtMostMaxBytes(long size) {
        if (size > MAX_BYTES) {
            throw new InvalidLogoException(
                    InvalidLogoException.TOO_LARGE, "Logo of " + size + " bytes, over " + MAX_BYTES, MAX_MEGABYTES);
        }
    }

    /**
     * Returns the logo re-encoded: JPEG stays JPEG, PNG stays PNG (with its transparency), WebP becomes PNG
     * because ImageIO has no WebP writer.
     *
     * @throws InvalidLogoException with the code of a message that tells the submitter what to change
     * @throws LogoDecodersBusyException if no decoding slot came free in time
     * @throws IllegalArgumentException if the upload is empty, which callers must treat as "no logo"
     */
    public ProcessedLogo process(byte[] upload) {
        return process(new ByteArrayInputStream(upload), upload.length);
    }

    /**
     * The same, reading the upload from a stream of the given size. Until a decoding slot is free, only the
     * header has been read into memory, so uploads waiting for a slot hold a few kilobytes each, not 2 MB.
     */
    public ProcessedLogo process(InputStream upload, long size) {
        if (size == 0) {
            throw new IllegalArgumentException("An empty upload means no logo; check for it before processing");
        }
        requireAtMostMaxBytes(size);
        // A memory cache spares ImageIO a temporary file per upload; it holds what the reader has read so far.
        try (ImageInputStream input = new MemoryCacheImageInputStream(upload)) {
            LogoFormat format = LogoFormat.recognise(input);
            ImageReader reader = format.newReader();
            try {
                // Metadata is thrown away anyway, so the reader need not parse it.
                reader.setInput(input, true, true);
                // The header's numbers only: no pixel has been decoded and no memory set aside for them yet.
                requireWithinPixelBudget(reader.getWidth(0), reader.getHeight(0));
                return slots.run(() -> reencode(reader, format));
            } catch (InvalidLogoException | LogoDecodersBusyException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw unreadable(format, e);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            // Reading the upload's first bytes failed: to the submitter, a file that cannot be read.
            throw new InvalidLogoException(InvalidLogoException.UNREADABLE, "Logo upload cannot be read", e);
        }
    }

    private static ProcessedLogo reencode(ImageReader reader, LogoFormat format) {
        BufferedImage image;
        try {
            image = LogoEncoder.withoutColourProfile(decodeWithoutWarnings(reader));
        } catch (IOException | RuntimeException e) {
            throw unreadable(format, e);
        }
        byte[] content = format == LogoFormat.JPEG ? LogoEncoder.jpeg(image) : LogoEncoder.png(image);
        return new ProcessedLogo(format.storedAs(), content, image.getWidth(), image.getHeight());
    }

    /** Decoders meet corrupt data with all sorts of exceptions; to the submitter they all mean the same. */
    private static InvalidLogoException unreadable(LogoFormat format, Exception e) {
        return new InvalidLogoException(
                InvalidLogoException.UNREADABLE,
                "Logo looks like " + format + " but cannot be decoded: " + e.getMessage(),
                e);
    }

    private static void requireWithinPixelBudget(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new InvalidLogoException(
                    InvalidLogoException.TOO_MANY_PIXELS,
                    "Logo of " + width + "×" + height + " pixels, over " + MAX_SIDE + " on a side",
                    width,
                    height,
                    MAX_SIDE);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new InvalidLogoException(
                    InvalidLogoException.OVER_PIXEL_BUDGET,
                    "Logo of " + width + "×" + height + " pixels, over " + MAX_PIXELS + " in all",
                    width,
                    height,
                    MAX_MEGAPIXELS);
        }
    }

    /**
     * Decodes the first image, and refuses it if the decoder had to patch anything up: the JPEG decoder, for one,
     * fills a truncated file with grey and only warns, and a half-grey logo is worse than asking for the file again.
     */
    private static BufferedImage decodeWithoutWarnings(ImageReader reader) throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0);
        if (!warnings.isEmpty()) {
            throw new IOException("Decoder warned: " + String.join("; ", warnings));
        }
        return image;
    }
}
