#version 330 core
in float sideDistance;
in float alongPixels;
flat in float strokeWidth;
flat in vec4 strokeColor;
flat in vec2 strokeDash;  // pixels on, pixels off; 0: solid
uniform float opacity;
out vec4 color;

void main() {
    // Coverage falls off over the outermost pixel; thin lines keep their integrated darkness.
    float halfWidth = 0.5 * max(strokeWidth, 1.0);
    float coverage = clamp(halfWidth + 0.5 - abs(sideDistance), 0.0, 1.0) * min(strokeWidth, 1.0);
    if (strokeDash.x > 0.0 && strokeDash.y > 0.0) {
        // Signed distance to the nearest dash end (positive inside a dash), antialiased like the sides.
        float period = strokeDash.x + strokeDash.y;
        float m = mod(alongPixels, period);
        float inside = m <= strokeDash.x ? min(m, strokeDash.x - m) : -min(m - strokeDash.x, period - m);
        coverage *= clamp(inside + 0.5, 0.0, 1.0);
    }
    if (coverage <= 0.0) discard;
    color = vec4(strokeColor.rgb, strokeColor.a * coverage * opacity);
}
