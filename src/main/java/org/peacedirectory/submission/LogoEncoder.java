package org.peacedirectory.submission;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a decoded logo as a new file that holds its pixels and nothing else: no stream or image metadata,
 * no colour profile. The other half of {@link LogoProcessor}, which decides what may be decoded.
 */
final class LogoEncoder {

    private static final float JPEG_QUALITY = 0.9f;

    private LogoEncoder() {}

    /**
     * A colour profile is metadata too, and a writer may copy the image's profile into the file. Drawing an image
     * in any other colour space onto a plain sRGB one converts its colours and leaves the writer nothing to copy.
     */
    static BufferedImage withoutColourProfile(BufferedImage image) {
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

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return encode(writer, image, param);
    }

    static byte[] png(BufferedImage image) {
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
