#version 330 core
in vec2 uv;
uniform usampler2D featureNumbers;
uniform samplerBuffer featureColors;
uniform float opacity;
out vec4 color;

void main() {
    ivec2 size = textureSize(featureNumbers, 0);
    uint number = texelFetch(featureNumbers, clamp(ivec2(uv * vec2(size)), ivec2(0), size - 1), 0).r;
    if (number == 0u) discard;
    vec4 c = texelFetch(featureColors, int(number - 1u));
    color = vec4(c.rgb, c.a * opacity);
}
