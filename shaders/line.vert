#version 330 core
// Lines of any pixel width: each instance is one segment, expanded here into a quad in screen
// space (core profile GL has no wide lines). Ends extend by half the width, so consecutive
// segments overlap at joins instead of leaving notches.
layout(location = 0) in vec2 corner;        // x: 0 = start, 1 = end; y: -1 / +1 side
layout(location = 1) in vec4 segment;       // x0, y0, x1, y1 relative to the layer origin
layout(location = 2) in uint featureId;

uniform vec4 clipTransform;
uniform vec2 viewportSize;   // pixels
uniform float lineWidth;     // pixels
uniform samplerBuffer featureColors;  // used when perFeatureColor is on
uniform bool perFeatureColor;
uniform vec4 lineColor;

out float sideDistance;  // pixels from the centre line, for antialiasing
flat out vec4 strokeColor;

void main() {
    vec2 p0 = (segment.xy * clipTransform.xy + clipTransform.zw) * 0.5 * viewportSize;
    vec2 p1 = (segment.zw * clipTransform.xy + clipTransform.zw) * 0.5 * viewportSize;
    vec2 direction = p1 - p0;
    float len = length(direction);
    direction = len > 0.0 ? direction / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-direction.y, direction.x);
    // Half a pixel more on each side is the antialiasing ramp.
    float halfWidth = 0.5 * lineWidth + 0.5;
    vec2 base = mix(p0, p1, corner.x);
    vec2 along = direction * halfWidth * (corner.x * 2.0 - 1.0);
    vec2 pixel = base + along + normal * halfWidth * corner.y;
    gl_Position = vec4(pixel / (0.5 * viewportSize), 0.0, 1.0);
    sideDistance = halfWidth * corner.y;
    strokeColor = perFeatureColor ? texelFetch(featureColors, int(featureId)) : lineColor;
}
