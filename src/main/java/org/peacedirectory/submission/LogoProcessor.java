package org.peacedirectory.submission;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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
    private static final float JPEG_QUALITY = 0.9f;

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
            throw new InvalidLogoException(InvalidLogoException.TOO_LARGE,
                    "Logo of " + size + " bytes, over " + MAX_BYTES, MAX_MEGABYTES);
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
            Format format = Format.recognise(firstBytes(input));
            ImageReader reader = readerFor(format);
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

    /** Enough of the start to tell the formats apart, then back to the start for the reader. */
    private static byte[] firstBytes(ImageInputStream input) throws IOException {
        byte[] start = new byte[Format.SIGNATURE_BYTES];
        int length = 0;
        int read;
        while (length < start.length && (read = input.read(start, length, start.length - length)) > 0) {
            length += read;
        }
        input.seek(0);
        return Arrays.copyOf(start, length);
    }

    private static ProcessedLogo reencode(ImageReader reader, Format format) {
        BufferedImage image;
        try {
            image = withoutColourProfile(decodeWithoutWarnings(reader));
        } catch (IOException | RuntimeException e) {
            throw unreadable(format, e);
        }
        byte[] content = format == Format.JPEG ? encodeJpeg(image) : encodePng(image);
        return new ProcessedLogo(format.storedAs, content, image.getWidth(), image.getHeight());
    }

    /** Decoders meet corrupt data with all sorts of exceptions; to the submitter they all mean the same. */
    private static InvalidLogoException unreadable(Format format, Exception e) {
        return new InvalidLogoException(InvalidLogoException.UNREADABLE,
                "Logo looks like " + format + " but cannot be decoded: " + e.getMessage(), e);
    }

    /** The formats accepted, told apart by their first bytes: names and declared types are the sender's say-so. */
    private enum Format {
        PNG("png", ProcessedLogo.PNG),
        JPEG("jpeg", ProcessedLogo.JPEG),
        WEBP("webp", ProcessedLogo.PNG);

        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] WEBP_IN_RIFF = "WEBP".getBytes(StandardCharsets.US_ASCII);
        /** RIFF, four bytes of length, WEBP: the longest of the three beginnings looked at. */
        static final int SIGNATURE_BYTES = 12;

        private final String readerName;
        private final String storedAs;

        Format(String readerName, String storedAs) {
            this.readerName = readerName;
            this.storedAs = storedAs;
        }

        static Format recognise(byte[] bytes) {
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
    }

    /**
     * Chooses the reader by the recognised format, not by asking every registered plugin: any other format that
     * some plugin could read (GIF, BMP, TIFF) has already been refused.
     */
    private static ImageReader readerFor(Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format.readerName
                    + (format == Format.WEBP ? ": is com.twelvemonkeys.imageio:imageio-webp on the classpath?" : ""));
        }
        return readers.next();
    }

    private static void requireWithinPixelBudget(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new InvalidLogoException(InvalidLogoException.TOO_MANY_PIXELS,
                    "Logo of " + width + "×" + height + " pixels, over " + MAX_SIDE + " on a side",
                    width, height, MAX_SIDE);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new InvalidLogoException(InvalidLogoException.OVER_PIXEL_BUDGET,
                    "Logo of " + width + "×" + height + " pixels, over " + MAX_PIXELS + " in all",
                    width, height, MAX_MEGAPIXELS);
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

    /**
     * A colour profile is metadata too, and a writer may copy the image's profile into the file. Drawing an image
     * in any other colour space onto a plain sRGB one converts its colours and leaves the writer nothing to copy.
     */
    private static BufferedImage withoutColourProfile(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || space == ColorSpace.getInstance(ColorSpace.CS_GRAY)) {
            return image;
        }
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = plain.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return plain;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return encode(writer, image, param);
    }

    private static byte[] encodePng(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return encode(writer, image, writer.getDefaultWriteParam());
    }

    /** Writes with no stream or image metadata, so the file holds only what the writer needs to describe pixels. */
    private static byte[] encode(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            // Writing to memory has no I/O to fail; this would be a bug in the writer.
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
