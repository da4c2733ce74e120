package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images made in memory for the logo tests: ordinary ones, camera-like ones, and hostile ones. */
final class TestImages {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static final int APP1 = 0xE1;

    private TestImages() {}

    /** A small PNG logo. */
    static byte[] png(int width, int height) {
        try {
            return encoded(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG as a phone camera writes it, with an EXIF block naming a GPS position. */
    static byte[] jpegWithGps() {
        try {
            byte[] jpeg = encoded(picture(64, 48, BufferedImage.TYPE_INT_RGB), "jpg");
            return insert(jpeg, 2, exifSegment());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG header declaring the given size, with no image data: decoding it would fail. */
    static byte[] pngDeclaring(int width, int height) {
        byte[] header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        return concat(PNG_SIGNATURE, pngChunk("IHDR", header));
    }

    /**
     * A decompression bomb: a valid RGBA PNG whose pixels are all zero, so a few kilobytes inflate to
     * width × height × 4 (8-bit) or × 8 (16-bit) bytes once decoded.
     */
    static byte[] pngBomb(int width, int height, int bitDepth) {
        byte[] header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) bitDepth)
                .put((byte) 6)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] row = new byte[1 + width * 4 * bitDepth / 8]; // filter byte "none", then zero samples
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return concat(
                PNG_SIGNATURE,
                pngChunk("IHDR", header),
                pngChunk("IDAT", compressed.toByteArray()),
                pngChunk("IEND", new byte[0]));
    }

    /**
     * A baseline JPEG header declaring the size: start of image, start of frame, start of scan (libjpeg reads
     * the header up to there), then no tables and no data.
     */
    static byte[] jpegDeclaring(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(2 + 2 + 17 + 2 + 12)
                .put((byte) 0xFF)
                .put((byte) 0xD8)
                .put((byte) 0xFF)
                .put((byte) 0xC0)
                .putShort((short) 17)
                .put((byte) 8)
                .putShort((short) height)
                .putShort((short) width)
                .put((byte) 3);
        for (int component = 1; component <= 3; component++) {
            header.put((byte) component).put((byte) 0x11).put((byte) 0);
        }
        header.put((byte) 0xFF).put((byte) 0xDA).putShort((short) 12).put((byte) 3);
        for (int component = 1; component <= 3; component++) {
            header.put((byte) component).put((byte) 0);
        }
        header.put((byte) 0).put((byte) 63).put((byte) 0);
        return concat(header.array(), new byte[] {(byte) 0xFF, (byte) 0xD9});
    }

    /** An extended WebP (a VP8X chunk with the canvas size, 24 bits a side) declaring the size, and no data. */
    static byte[] webpDeclaring(int width, int height) {
        ByteBuffer vp8x = ByteBuffer.allocate(18)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .put("VP8X".getBytes(StandardCharsets.US_ASCII))
                .putInt(10)
                .putInt(0);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        byte[] riffSize = ByteBuffer.allocate(4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(4 + 18)
                .array();
        return concat(
                "RIFF".getBytes(StandardCharsets.US_ASCII),
                riffSize,
                "WEBP".getBytes(StandardCharsets.US_ASCII),
                vp8x.array());
    }

    static byte[] svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A picture whose pixels differ, so a decoding that mixed them up would show. */
    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xFF000000 | (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        return image;
    }

    /** Random pixels compress badly, so the image data fills most of the file and a cut lands inside it. */
    static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, bytes))
                .as("ImageIO can write " + format)
                .isTrue();
        return bytes.toByteArray();
    }

    /** An APP1 segment as cameras write it: "Exif", then a TIFF header and tags, here naming a GPS position. */
    static byte[] exifSegment() {
        byte[] payload = concat(
                "Exif\0\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8},
                "GPS 51.5074N 0.1278W".getBytes(StandardCharsets.US_ASCII));
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) APP1, (byte) (length >> 8), (byte) length}, payload);
    }

    static byte[] pngChunk(String type, String data) {
        return pngChunk(type, data.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Length, type, data, and a CRC-32 of type and data, as the PNG specification has it. */
    static byte[] pngChunk(String type, byte[] data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeAndData)
                .putInt((int) crc.getValue())
                .array();
    }

    static boolean contains(byte[] bytes, String ascii) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }

    static byte[] insert(byte[] bytes, int offset, byte[] inserted) {
        return concat(Arrays.copyOf(bytes, offset), inserted, Arrays.copyOfRange(bytes, offset, bytes.length));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }
}
