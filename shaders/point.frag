#version 330 core
in vec2 local;
flat in vec4 fillColor;
flat in float diameter;
uniform float opacity;
uniform float fillOpacity;  // proportional symbols are translucent, so overlapping circles show
uniform vec4 outlineColor;
out vec4 color;

void main() {
    float r = 0.5 * diameter;
    float d = length(local);
    float coverage = clamp(r + 0.5 - d, 0.0, 1.0);
    // A thin outline keeps light symbols visible on light fills.
    float outline = clamp(d - (r - 1.0) + 0.5, 0.0, 1.0);
    vec4 c = mix(vec4(fillColor.rgb, fillColor.a * fillOpacity), outlineColor, outline);
    color = vec4(c.rgb, c.a * coverage * opacity);
}
