#version 330 core
in float sideDistance;
flat in vec4 strokeColor;
uniform float lineWidth;
uniform float opacity;
out vec4 color;

void main() {
    // Coverage falls off over the outermost pixel; thin lines keep their integrated darkness.
    float halfWidth = 0.5 * max(lineWidth, 1.0);
    float coverage = clamp(halfWidth + 0.5 - abs(sideDistance), 0.0, 1.0) * min(lineWidth, 1.0);
    color = vec4(strokeColor.rgb, strokeColor.a * coverage * opacity);
}
