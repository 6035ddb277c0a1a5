#version 330 core
in float sideDistance;
in float alongPixels;
flat in float strokeWidth;
flat in vec4 strokeColor;
uniform float opacity;
uniform vec2 dash;  // pixels on, pixels off; 0: solid
out vec4 color;

void main() {
    // Coverage falls off over the outermost pixel; thin lines keep their integrated darkness.
    float halfWidth = 0.5 * max(strokeWidth, 1.0);
    float coverage = clamp(halfWidth + 0.5 - abs(sideDistance), 0.0, 1.0) * min(strokeWidth, 1.0);
    if (dash.x > 0.0 && dash.y > 0.0) {
        // Signed distance to the nearest dash end (positive inside a dash), antialiased like the sides.
        float period = dash.x + dash.y;
        float m = mod(alongPixels, period);
        float inside = m <= dash.x ? min(m, dash.x - m) : -min(m - dash.x, period - m);
        coverage *= clamp(inside + 0.5, 0.0, 1.0);
    }
    if (coverage <= 0.0) discard;
    color = vec4(strokeColor.rgb, strokeColor.a * coverage * opacity);
}
