#version 330 core
// Point symbols: each instance is one point, drawn as a screen-space square holding a circle.
layout(location = 0) in vec2 corner;     // x: 0 / 1, y: -1 / +1 (the quad shared with lines)
layout(location = 1) in vec2 position;   // relative to the layer origin
layout(location = 2) in uint featureId;

uniform vec4 clipTransform;
uniform vec2 viewportSize;
uniform float pointSize;     // diameter in pixels, when every symbol is the same size
uniform bool sizeByFeature;  // proportional symbols: diameters from featureSizes instead
uniform float sizeScale;     // pixels per 1x pixel, for the per-feature diameters
uniform samplerBuffer featureColors;
uniform samplerBuffer featureSizes;

out vec2 local;  // pixels from the centre
flat out vec4 fillColor;
flat out float diameter;

void main() {
    diameter = sizeByFeature ? texelFetch(featureSizes, int(featureId)).r * sizeScale : pointSize;
    vec2 centre = position * clipTransform.xy + clipTransform.zw;
    // A symbol of no size (no value to scale by) collapses to nothing.
    float radius = diameter > 0.0 ? 0.5 * diameter + 1.0 : 0.0;
    local = vec2(corner.x * 2.0 - 1.0, corner.y) * radius;
    gl_Position = vec4(centre + local / (0.5 * viewportSize), 0.0, 1.0);
    fillColor = texelFetch(featureColors, int(featureId));
}
