package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peacedirectory.submission.TestImages.*;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogoProcessorTest {

    private static final int START_OF_SCAN = 0xDA;

    /**
     * A 3×2 lossless WebP (red, green, blue / white, black, grey) made with libwebp's {@code cwebp -lossless -exact
     * -metadata none} and checked with {@code webpinfo} and {@code dwebp}: ImageIO has no WebP writer to make one.
     */
    private static final byte[] WEBP_3_BY_2 = HexFormat.of()
            .parseHex("5249464638000000574542505650384c2b0000002f024000002f20102048576e"
                    + "43405074dd7202018274e5e63f406c726c152848db80c5dd53b288fec7d50100");

    private final LogoProcessor processor = new LogoProcessor(new LogoDecodingSlots(1, Duration.ofSeconds(5)));

    @Test
    void acceptsPngAndKeepsItPng() throws IOException {
        BufferedImage original = picture(30, 20, BufferedImage.TYPE_INT_RGB);

        ProcessedLogo logo = processor.process(encoded(original, "png"));

        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.width()).isEqualTo(30);
        assertThat(logo.height()).isEqualTo(20);
        assertThat(startsWith(logo.content(), PNG_SIGNATURE)).isTrue();
        BufferedImage stored = decoded(logo.content());
        assertThat(stored.getRGB(7, 11)).isEqualTo(original.getRGB(7, 11));
    }

    @Test
    void keepsTheTransparencyOfAPng() throws IOException {
        BufferedImage original = picture(10, 10, BufferedImage.TYPE_INT_ARGB);
        original.setRGB(0, 0, 0x00000000);
        original.setRGB(1, 0, 0x80FF0000);

        ProcessedLogo logo = processor.process(encoded(original, "png"));

        BufferedImage stored = decoded(logo.content());
        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertThat(stored.getRGB(0, 0) >>> 24).isZero();
        assertThat(stored.getRGB(1, 0)).isEqualTo(0x80FF0000);
    }

    @Test
    void acceptsJpegAndKeepsItJpeg() throws IOException {
        ProcessedLogo logo = processor.process(encoded(picture(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg"));

        assertThat(logo.mediaType()).isEqualTo("image/jpeg");
        assertThat(logo.width()).isEqualTo(40);
        assertThat(logo.height()).isEqualTo(30);
        assertThat(decoded(logo.content()).getWidth()).isEqualTo(40);
    }

    @Test
    void reencodesJpegWithoutExifOrGpsMetadata() throws IOException {
        byte[] jpeg = encoded(picture(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] fromACamera = insert(jpeg, 2, exifSegment());
        assertThat(contains(fromACamera, "Exif")).isTrue();
        assertThat(jpegMarkers(fromACamera)).contains(APP1);

        ProcessedLogo logo = processor.process(fromACamera);

        assertThat(logo.mediaType()).isEqualTo("image/jpeg");
        assertThat(contains(logo.content(), "Exif")).isFalse();
        assertThat(contains(logo.content(), "GPS")).isFalse();
        assertThat(jpegMarkers(logo.content())).doesNotContain(APP1);
    }

    /** A colour profile is metadata too; the stored JPEG has none, with its colours converted to sRGB. */
    @Test
    void reencodesJpegWithoutItsColourProfile() throws IOException {
        byte[] jpeg = encoded(picture(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] withProfile = insert(jpeg, 2, iccSegment(ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB)));
        assertThat(contains(withProfile, "ICC_PROFILE")).isTrue();

        ProcessedLogo logo = processor.process(withProfile);

        assertThat(contains(logo.content(), "ICC_PROFILE")).isFalse();
        assertThat(decoded(logo.content()).getColorModel().getColorSpace().isCS_sRGB())
                .isTrue();
    }

    @Test
    void reencodesPngWithoutTextOrExifChunks() throws IOException {
        byte[] png = encoded(picture(20, 20, BufferedImage.TYPE_INT_RGB), "png");
        byte[] afterHeader = insert(
                png,
                PNG_SIGNATURE.length + 25,
                concat(pngChunk("tEXt", "Comment\0Taken at GPS 51.5N 0.1W"), pngChunk("eXIf", "MM\0*GPS")));
        assertThat(pngChunkTypes(afterHeader)).contains("tEXt", "eXIf");

        ProcessedLogo logo = processor.process(afterHeader);

        assertThat(pngChunkTypes(logo.content())).isSubsetOf("IHDR", "PLTE", "tRNS", "IDAT", "IEND");
        assertThat(contains(logo.content(), "GPS")).isFalse();
    }

    @Test
    void acceptsWebpAndStoresItAsPng() throws IOException {
        ProcessedLogo logo = processor.process(WEBP_3_BY_2);

        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.width()).isEqualTo(3);
        assertThat(logo.height()).isEqualTo(2);
        assertThat(startsWith(logo.content(), PNG_SIGNATURE)).isTrue();
        assertThat(decoded(logo.content()).getWidth()).isEqualTo(3);
    }

    /** The processor never sees the file name: an SVG called logo.png is still an SVG. */
    @Test
    void rejectsSvgEvenWhenNamedPng() {
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> processor.process(svg), "logo.notAnImage");
    }

    @Test
    void rejectsTextFile() {
        byte[] text = "Peace be with you.\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> processor.process(text), "logo.notAnImage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "bmp"})
    void rejectsOtherImageFormats(String format) throws IOException {
        byte[] image = encoded(picture(10, 10, BufferedImage.TYPE_INT_RGB), format);

        assertRefused(() -> processor.process(image), "logo.notAnImage");
    }

    @Test
    void rejectsUploadOverTwoMegabytes() {
        byte[] upload = Arrays.copyOf(PNG_SIGNATURE, LogoProcessor.MAX_BYTES + 1);

        assertRefused(() -> processor.process(upload), "logo.tooLarge", 2);
    }

    @Test
    void acceptsUploadOfExactlyTwoMegabytes() throws IOException {
        // Bytes after a PNG's end chunk are never read, which makes an exact size easy to build.
        byte[] png = encoded(picture(20, 20, BufferedImage.TYPE_INT_RGB), "png");
        byte[] upload = Arrays.copyOf(png, LogoProcessor.MAX_BYTES);

        assertThat(processor.process(upload).mediaType()).isEqualTo("image/png");
    }

    /**
     * Signature and header only, with no image data at all: decoding would fail as unreadable, so the answer
     * "too many pixels" shows that the size was judged from the header alone.
     */
    @Test
    void refusesPngDeclaring20000By20000PixelsWithoutDecodingIt() {
        byte[] bomb = pngDeclaring(20_000, 20_000);

        assertRefused(() -> processor.process(bomb), "logo.tooManyPixels", 20_000, 20_000, 4000);
    }

    /**
     * The bomb of the security review: 62 KB of PNG declaring 4000 × 4000 RGBA, within the side limit, that
     * decodes to 64 MB. The pixel budget refuses it from the header.
     */
    @Test
    void refusesAPngBombThatFitsTheSideLimitBeforeDecodingIt() {
        byte[] bomb = pngBomb(4000, 4000, 8);
        assertThat(bomb.length).isLessThan(100 * 1024);

        assertRefused(() -> processor.process(bomb), "logo.overPixelBudget", 4000, 4000, 4);
    }

    /**
     * Headers only, no pixel data: each reader must give the size from its header (decoding would fail as
     * unreadable), so the pixel budget holds for every accepted format, not just PNG.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "jpeg", "webp"})
    void judgesThePixelBudgetFromTheHeaderOfEveryFormat(String format) {
        byte[] header = declaring(format, 3000, 2000);

        assertRefused(() -> processor.process(header), "logo.overPixelBudget", 3000, 2000, 4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "jpeg", "webp"})
    void judgesTheSideLimitFromTheHeaderOfEveryFormat(String format) {
        byte[] header = declaring(format, 20_000, 10);

        assertRefused(() -> processor.process(header), "logo.tooManyPixels", 20_000, 10, 4000);
    }

    @Test
    void acceptsALogoOfExactlyFourMegapixels() throws IOException {
        byte[] largest = encoded(picture(2000, 2000, BufferedImage.TYPE_INT_RGB), "png");

        assertThat(processor.process(largest).width()).isEqualTo(2000);
    }

    private static byte[] declaring(String format, int width, int height) {
        return switch (format) {
            case "png" -> pngDeclaring(width, height);
            case "jpeg" -> jpegDeclaring(width, height);
            default -> webpDeclaring(width, height);
        };
    }

    @Test
    void refusesAnImageWiderThan4000Pixels() throws IOException {
        byte[] wide = encoded(picture(4001, 1, BufferedImage.TYPE_INT_RGB), "jpeg");

        assertRefused(() -> processor.process(wide), "logo.tooManyPixels", 4001, 1, 4000);
    }

    @Test
    void refusesAnImageTallerThan4000Pixels() throws IOException {
        byte[] tall = encoded(picture(1, 4001, BufferedImage.TYPE_INT_RGB), "png");

        assertRefused(() -> processor.process(tall), "logo.tooManyPixels", 1, 4001, 4000);
    }

    @Test
    void acceptsAnImageOfExactly4000Pixels() throws IOException {
        byte[] longest = encoded(picture(4000, 1, BufferedImage.TYPE_INT_RGB), "png");

        assertThat(processor.process(longest).width()).isEqualTo(4000);
    }

    /** The JPEG decoder fills a cut-off file with grey and only warns; a half-grey logo is refused. */
    @Test
    void rejectsTruncatedJpegAsUnreadable() throws IOException {
        byte[] jpeg = encoded(noise(100, 100), "jpeg");
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length * 2 / 3);

        assertRefused(() -> processor.process(truncated), "logo.unreadable");
    }

    @Test
    void rejectsJpegCutOffInItsHeaderAsUnreadable() throws IOException {
        byte[] jpeg = encoded(picture(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] truncated = Arrays.copyOf(jpeg, 30);

        assertRefused(() -> processor.process(truncated), "logo.unreadable");
    }

    @Test
    void rejectsTruncatedPngAsUnreadable() throws IOException {
        byte[] png = encoded(noise(100, 100), "png");
        byte[] truncated = Arrays.copyOf(png, png.length / 2);

        assertRefused(() -> processor.process(truncated), "logo.unreadable");
    }

    @Test
    void rejectsSignatureFollowedByRubbishAsUnreadable() {
        byte[] rubbish = concat(PNG_SIGNATURE, "not really a picture".getBytes(StandardCharsets.US_ASCII));

        assertRefused(() -> processor.process(rubbish), "logo.unreadable");
    }

    /** An empty upload is "no logo", which the form handles before asking for processing. */
    @Test
    void leavesEmptyUploadsToTheCaller() {
        assertThatThrownBy(() -> processor.process(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(ThrowingCallable call, String code, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidLogoException.class, e -> {
            assertThat(e.getCode()).isEqualTo(code);
            assertThat(e.getArguments()).containsExactly(arguments);
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    private static BufferedImage decoded(byte[] content) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        assertThat(image).as("stored logo decodes").isNotNull();
        return image;
    }

    /** An APP2 segment holding a whole colour profile in one part (part 1 of 1). */
    private static byte[] iccSegment(ICC_Profile profile) {
        byte[] payload =
                concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 1}, profile.getData());
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length}, payload);
    }

    /** The markers of a JPEG's header segments, up to the start of the image data. */
    private static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int offset = 2;
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            markers.add(marker);
            if (marker == START_OF_SCAN) {
                break;
            }
            offset += 2 + ((jpeg[offset + 2] & 0xFF) << 8 | jpeg[offset + 3] & 0xFF);
        }
        return markers;
    }

    private static List<String> pngChunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, PNG_SIGNATURE.length, png.length - PNG_SIGNATURE.length);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
