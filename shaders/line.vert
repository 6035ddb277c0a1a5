#version 330 core
// Lines of any pixel width: each instance is one segment, expanded here into a quad in screen
// space (core profile GL has no wide lines). Ends extend by half the width, so consecutive
// segments overlap at joins instead of leaving notches.
layout(location = 0) in vec2 corner;        // x: 0 = start, 1 = end; y: -1 / +1 side
layout(location = 1) in vec4 segment;       // x0, y0, x1, y1 relative to the layer origin
layout(location = 2) in uint featureId;
layout(location = 3) in float alongStart;   // map units along the line at the segment's start

uniform vec4 clipTransform;
uniform vec2 viewportSize;   // pixels
uniform float lineWidth;     // pixels, when widthByFeature is off
uniform bool widthByFeature;
uniform samplerBuffer featureWidths;  // pixels at 1x per feature; 0 draws nothing
uniform float widthScale;             // multiplies featureWidths
uniform float widthExtra;             // pixels added to every width (a casing under the line)
uniform samplerBuffer featureColors;  // used when perFeatureColor is on
uniform bool perFeatureColor;
uniform vec4 lineColor;
uniform vec2 dash;                    // pixels on, pixels off; 0: solid
uniform bool dashByFeature;           // each feature's own dash instead (lines by category)
uniform samplerBuffer featureDashes;  // pixels at 1x per feature, scaled by widthScale

out float sideDistance;  // pixels from the centre line, for antialiasing
out float alongPixels;   // pixels along the line from its start, for dashes
flat out float strokeWidth;
flat out vec4 strokeColor;
flat out vec2 strokeDash;

void main() {
    float width = widthByFeature ? texelFetch(featureWidths, int(featureId)).r * widthScale : lineWidth;
    strokeWidth = width > 0.0 ? width + widthExtra : 0.0;
    vec2 p0 = (segment.xy * clipTransform.xy + clipTransform.zw) * 0.5 * viewportSize;
    vec2 p1 = (segment.zw * clipTransform.xy + clipTransform.zw) * 0.5 * viewportSize;
    vec2 direction = p1 - p0;
    float len = length(direction);
    direction = len > 0.0 ? direction / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-direction.y, direction.x);
    // Half a pixel more on each side is the antialiasing ramp.
    float halfWidth = 0.5 * strokeWidth + 0.5;
    vec2 base = mix(p0, p1, corner.x);
    float end = corner.x * 2.0 - 1.0;  // -1 at the start, +1 at the end
    vec2 pixel = base + direction * halfWidth * end + normal * halfWidth * corner.y;
    // A feature of no width collapses to a point off screen.
    gl_Position = strokeWidth > 0.0 ? vec4(pixel / (0.5 * viewportSize), 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
    sideDistance = halfWidth * corner.y;
    float pixelsPerUnit = abs(clipTransform.x) * 0.5 * viewportSize.x;
    alongPixels = alongStart * pixelsPerUnit + corner.x * len + halfWidth * end;
    strokeColor = perFeatureColor ? texelFetch(featureColors, int(featureId)) : lineColor;
    strokeDash = dashByFeature ? texelFetch(featureDashes, int(featureId)).rg * widthScale : dash;
}
