#version 330 core
// A detail level's raster of feature numbers drawn as one quad over the layer: each pixel shows
// the colour of the feature the raster holds there, so a frame of 10^6 sub-pixel features costs
// one quad, and a restyle only the colour table.
layout(location = 0) in vec2 corner;  // the shared quad: x 0 / 1, y -1 / +1

uniform vec4 clipTransform;
uniform vec4 rasterExtent;  // min x, min y, max x, max y, relative to the layer origin

out vec2 uv;

void main() {
    vec2 t = vec2(corner.x, corner.y * 0.5 + 0.5);
    vec2 position = mix(rasterExtent.xy, rasterExtent.zw, t);
    gl_Position = vec4(position * clipTransform.xy + clipTransform.zw, 0.0, 1.0);
    uv = t;
}
